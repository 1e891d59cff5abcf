package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.GenericStatusEnumType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 NotifyEVChargingScheduleResponse: the answer to {@link NotifyEVChargingScheduleRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record NotifyEVChargingScheduleResponse(
        GenericStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public NotifyEVChargingScheduleResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static NotifyEVChargingScheduleResponse of(GenericStatusEnumType status) {
        return new NotifyEVChargingScheduleResponse(status, null, null);
    }
}
