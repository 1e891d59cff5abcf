package io.gridcharge.ocpp.v201.types;

import io.gridcharge.ocpp.validation.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * OCPP 2.0.1 ChargingScheduleType: charging schedule structure defines a list of charging periods, as used in:
 *
 * @param id Identifies the ChargingSchedule.
 * @param startSchedule Starting point of an absolute schedule.
 * @param duration Duration of the charging schedule in seconds.
 * @param minChargingRate Minimum charging rate supported by the EV.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ChargingScheduleType(
        Integer id,
        Instant startSchedule,
        Integer duration,
        ChargingRateUnitEnumType chargingRateUnit,
        List<ChargingSchedulePeriodType> chargingSchedulePeriod,
        BigDecimal minChargingRate,
        SalesTariffType salesTariff,
        CustomDataType customData) {

    public ChargingScheduleType {
        Require.present(id, "id");
        Require.present(chargingRateUnit, "chargingRateUnit");
        Require.present(chargingSchedulePeriod, "chargingSchedulePeriod");
        chargingSchedulePeriod = Require.size(chargingSchedulePeriod, 1, 1024, "chargingSchedulePeriod");
    }

    /** The required fields only. */
    public static ChargingScheduleType of(
            Integer id,
            ChargingRateUnitEnumType chargingRateUnit,
            List<ChargingSchedulePeriodType> chargingSchedulePeriod) {
        return new ChargingScheduleType(id, null, null, chargingRateUnit, chargingSchedulePeriod, null, null, null);
    }
}
