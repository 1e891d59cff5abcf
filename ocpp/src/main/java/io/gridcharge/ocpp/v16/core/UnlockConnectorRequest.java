package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.53 UnlockConnector.req. */
public record UnlockConnectorRequest(Integer connectorId) implements OcppRequest<UnlockConnectorResponse> {
    public UnlockConnectorRequest {
        Require.present(connectorId, "connectorId");
    }
}
