package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.34 RemoteStartTransaction.conf. */
public record RemoteStartTransactionResponse(RemoteStartStopStatus status) implements OcppResponse {
    public RemoteStartTransactionResponse {
        Require.present(status, "status");
    }
}
