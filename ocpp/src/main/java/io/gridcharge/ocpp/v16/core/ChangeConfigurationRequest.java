package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.9 ChangeConfiguration.req: set one configuration key (§9 lists the standard keys). */
public record ChangeConfigurationRequest(String key, String value) implements OcppRequest<ChangeConfigurationResponse> {
    public ChangeConfigurationRequest {
        Require.present(key, "key");
        Require.maxLength(key, 50, "key");
        Require.present(value, "value");
        Require.maxLength(value, 500, "value");
    }
}
