package io.gridcharge.ocpp.v16.smartcharging;

import io.gridcharge.ocpp.validation.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * OCPP 1.6 §7.13 ChargingSchedule. The spec table lists chargingSchedulePeriod as 1..*, but the official
 * schema sets no minItems; we accept what the schema accepts, so a station's empty composite schedule reads.
 */
public record ChargingSchedule(
        Integer duration,
        Instant startSchedule,
        ChargingRateUnitType chargingRateUnit,
        List<ChargingSchedulePeriod> chargingSchedulePeriod,
        BigDecimal minChargingRate) {

    /** Rates carry at most one decimal digit (schema: multipleOf 0.1). */
    static final BigDecimal RATE_STEP = new BigDecimal("0.1");

    public ChargingSchedule {
        Require.present(chargingRateUnit, "chargingRateUnit");
        Require.present(chargingSchedulePeriod, "chargingSchedulePeriod");
        chargingSchedulePeriod = Require.size(chargingSchedulePeriod, 0, Integer.MAX_VALUE, "chargingSchedulePeriod");
        Require.multipleOf(minChargingRate, RATE_STEP, "minChargingRate");
    }
}
