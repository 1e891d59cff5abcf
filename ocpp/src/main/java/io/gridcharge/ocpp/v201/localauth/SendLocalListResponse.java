package io.gridcharge.ocpp.v201.localauth;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 SendLocalListResponse: the answer to {@link SendLocalListRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SendLocalListResponse(
        SendLocalListStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public SendLocalListResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static SendLocalListResponse of(SendLocalListStatusEnumType status) {
        return new SendLocalListResponse(status, null, null);
    }
}
