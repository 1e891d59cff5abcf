package io.gridcharge.ocpp.v201.authorization;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;

/**
 * OCPP 2.0.1 ClearCacheRequest (functional block C Authorization, use case C11): the CSMS asks the station to
 * clear its authorization cache.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ClearCacheRequest(
        CustomDataType customData) implements OcppRequest<ClearCacheResponse> {
}
