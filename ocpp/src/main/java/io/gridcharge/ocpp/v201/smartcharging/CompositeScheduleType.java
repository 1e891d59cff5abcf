package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.v201.types.ChargingRateUnitEnumType;
import io.gridcharge.ocpp.v201.types.ChargingSchedulePeriodType;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;
import java.util.List;

/**
 * OCPP 2.0.1 CompositeScheduleType: the schedule an EVSE will follow, all its charging profiles and limits combined
 * (K08).
 *
 * @param evseId The ID of the EVSE for which the schedule is requested.
 * @param duration Duration of the schedule in seconds.
 * @param scheduleStart Date and time at which the schedule becomes active.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record CompositeScheduleType(
        List<ChargingSchedulePeriodType> chargingSchedulePeriod,
        Integer evseId,
        Integer duration,
        Instant scheduleStart,
        ChargingRateUnitEnumType chargingRateUnit,
        CustomDataType customData) {

    public CompositeScheduleType {
        Require.present(chargingSchedulePeriod, "chargingSchedulePeriod");
        chargingSchedulePeriod = Require.size(chargingSchedulePeriod, 1, Integer.MAX_VALUE, "chargingSchedulePeriod");
        Require.present(evseId, "evseId");
        Require.present(duration, "duration");
        Require.present(scheduleStart, "scheduleStart");
        Require.present(chargingRateUnit, "chargingRateUnit");
    }

    /** The required fields only. */
    public static CompositeScheduleType of(
            List<ChargingSchedulePeriodType> chargingSchedulePeriod,
            Integer evseId,
            Integer duration,
            Instant scheduleStart,
            ChargingRateUnitEnumType chargingRateUnit) {
        return new CompositeScheduleType(
                chargingSchedulePeriod, evseId, duration, scheduleStart, chargingRateUnit, null);
    }
}
