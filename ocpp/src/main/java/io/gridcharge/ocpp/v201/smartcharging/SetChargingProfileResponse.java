package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 SetChargingProfileResponse: the answer to {@link SetChargingProfileRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SetChargingProfileResponse(
        ChargingProfileStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public SetChargingProfileResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static SetChargingProfileResponse of(ChargingProfileStatusEnumType status) {
        return new SetChargingProfileResponse(status, null, null);
    }
}
