package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.35 RemoteStopTransaction.req: ask the station to stop a transaction. */
public record RemoteStopTransactionRequest(Integer transactionId) implements OcppRequest<RemoteStopTransactionResponse> {
    public RemoteStopTransactionRequest {
        Require.present(transactionId, "transactionId");
    }
}
