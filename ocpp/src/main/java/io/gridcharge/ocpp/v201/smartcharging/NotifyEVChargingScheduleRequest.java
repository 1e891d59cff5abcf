package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.ChargingScheduleType;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/**
 * OCPP 2.0.1 NotifyEVChargingScheduleRequest (functional block K Smart charging, use case K17): the station
 * relays the charging schedule an EV chose over ISO 15118.
 *
 * @param timeBase Periods contained in the charging profile are relative to this point in time.
 * @param evseId The charging schedule contained in this notification applies to an EVSE.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record NotifyEVChargingScheduleRequest(
        Instant timeBase,
        ChargingScheduleType chargingSchedule,
        Integer evseId,
        CustomDataType customData) implements OcppRequest<NotifyEVChargingScheduleResponse> {

    public NotifyEVChargingScheduleRequest {
        Require.present(timeBase, "timeBase");
        Require.present(chargingSchedule, "chargingSchedule");
        Require.present(evseId, "evseId");
        // Not in the schema; the spec's field description: "evseId must be > 0".
        Require.atLeast(evseId, 1, "evseId");
    }

    /** The required fields only. */
    public static NotifyEVChargingScheduleRequest of(
            Instant timeBase,
            ChargingScheduleType chargingSchedule,
            Integer evseId) {
        return new NotifyEVChargingScheduleRequest(timeBase, chargingSchedule, evseId, null);
    }
}
