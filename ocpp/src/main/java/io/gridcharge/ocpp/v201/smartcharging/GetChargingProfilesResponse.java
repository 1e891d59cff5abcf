package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 GetChargingProfilesResponse: the answer to {@link GetChargingProfilesRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetChargingProfilesResponse(
        GetChargingProfileStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public GetChargingProfilesResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static GetChargingProfilesResponse of(GetChargingProfileStatusEnumType status) {
        return new GetChargingProfilesResponse(status, null, null);
    }
}
