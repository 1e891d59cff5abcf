package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.12 ClearCache.conf. */
public record ClearCacheResponse(ClearCacheStatus status) implements OcppResponse {
    public ClearCacheResponse {
        Require.present(status, "status");
    }
}
