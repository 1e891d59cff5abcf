package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppRequest;

/** OCPP 1.6 §6.11 ClearCache.req: empty the station's authorization cache; it has no fields. */
public record ClearCacheRequest() implements OcppRequest<ClearCacheResponse> {
}
