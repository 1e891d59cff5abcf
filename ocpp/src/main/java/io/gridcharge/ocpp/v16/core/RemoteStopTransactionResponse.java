package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.36 RemoteStopTransaction.conf. */
public record RemoteStopTransactionResponse(RemoteStartStopStatus status) implements OcppResponse {
    public RemoteStopTransactionResponse {
        Require.present(status, "status");
    }
}
