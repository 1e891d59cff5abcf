package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 ClearChargingProfileResponse: the answer to {@link ClearChargingProfileRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ClearChargingProfileResponse(
        ClearChargingProfileStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public ClearChargingProfileResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static ClearChargingProfileResponse of(ClearChargingProfileStatusEnumType status) {
        return new ClearChargingProfileResponse(status, null, null);
    }
}
