package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/** OCPP 1.6 §6.24 GetConfiguration.conf: the known keys with their values, and the requested keys it does not know. */
public record GetConfigurationResponse(List<KeyValue> configurationKey, List<String> unknownKey)
        implements OcppResponse {

    public GetConfigurationResponse {
        configurationKey = Require.size(configurationKey, 0, Integer.MAX_VALUE, "configurationKey");
        unknownKey = Require.size(unknownKey, 0, Integer.MAX_VALUE, "unknownKey");
        if (unknownKey != null) {
            for (int i = 0; i < unknownKey.size(); i++) {
                Require.maxLength(unknownKey.get(i), 50, "unknownKey[" + i + "]");
            }
        }
    }
}
