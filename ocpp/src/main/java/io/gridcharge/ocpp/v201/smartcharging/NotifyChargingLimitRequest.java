package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.ChargingScheduleType;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 NotifyChargingLimitRequest (functional block K Smart charging, use case K12): the station reports a
 * charging limit set by an external system.
 *
 * @param evseId The charging schedule contained in this notification applies to an EVSE.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record NotifyChargingLimitRequest(
        List<ChargingScheduleType> chargingSchedule,
        Integer evseId,
        ChargingLimitType chargingLimit,
        CustomDataType customData) implements OcppRequest<NotifyChargingLimitResponse> {

    public NotifyChargingLimitRequest {
        chargingSchedule = Require.size(chargingSchedule, 1, Integer.MAX_VALUE, "chargingSchedule");
        Require.present(chargingLimit, "chargingLimit");
        // Not in the schema; the spec's field description: "evseId must be > 0".
        Require.atLeast(evseId, 1, "evseId");
    }

    /** The required fields only. */
    public static NotifyChargingLimitRequest of(ChargingLimitType chargingLimit) {
        return new NotifyChargingLimitRequest(null, null, chargingLimit, null);
    }
}
