package io.gridcharge.ocpp.v201.authorization;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 ClearCacheResponse: the answer to {@link ClearCacheRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ClearCacheResponse(
        ClearCacheStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public ClearCacheResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static ClearCacheResponse of(ClearCacheStatusEnumType status) {
        return new ClearCacheResponse(status, null, null);
    }
}
