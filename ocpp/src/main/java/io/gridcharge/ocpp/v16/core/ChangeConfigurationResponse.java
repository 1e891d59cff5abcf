package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.10 ChangeConfiguration.conf. */
public record ChangeConfigurationResponse(ConfigurationStatus status) implements OcppResponse {
    public ChangeConfigurationResponse {
        Require.present(status, "status");
    }
}
