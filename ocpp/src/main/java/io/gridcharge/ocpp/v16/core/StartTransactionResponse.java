package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v16.types.IdTagInfo;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.46 StartTransaction.conf: the id the central system gives the transaction. */
public record StartTransactionResponse(IdTagInfo idTagInfo, Integer transactionId) implements OcppResponse {
    public StartTransactionResponse {
        Require.present(idTagInfo, "idTagInfo");
        Require.present(transactionId, "transactionId");
    }
}
