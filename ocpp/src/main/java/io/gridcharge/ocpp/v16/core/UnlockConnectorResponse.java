package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.54 UnlockConnector.conf. */
public record UnlockConnectorResponse(UnlockStatus status) implements OcppResponse {
    public UnlockConnectorResponse {
        Require.present(status, "status");
    }
}
