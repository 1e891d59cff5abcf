package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.16 DataTransfer.conf. */
public record DataTransferResponse(DataTransferStatus status, String data) implements OcppResponse {
    public DataTransferResponse {
        Require.present(status, "status");
    }
}
