package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/** OCPP 1.6 §6.23 GetConfiguration.req: the keys to report; absent or empty asks for all of them (§5.8). */
public record GetConfigurationRequest(List<String> key) implements OcppRequest<GetConfigurationResponse> {
    public GetConfigurationRequest {
        key = Require.size(key, 0, Integer.MAX_VALUE, "key");
        if (key != null) {
            for (int i = 0; i < key.size(); i++) {
                Require.maxLength(key.get(i), 50, "key[" + i + "]");
            }
        }
    }
}
