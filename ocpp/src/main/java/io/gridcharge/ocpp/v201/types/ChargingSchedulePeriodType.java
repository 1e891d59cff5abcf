package io.gridcharge.ocpp.v201.types;

import io.gridcharge.ocpp.validation.Require;
import java.math.BigDecimal;

/**
 * OCPP 2.0.1 ChargingSchedulePeriodType: charging schedule period structure defines a time period in a charging
 * schedule.
 *
 * @param startPeriod Start of the period, in seconds from the start of schedule.
 * @param limit Charging rate limit during the schedule period, in the applicable chargingRateUnit, for example
 * in Amperes (A) or Watts (W).
 * @param numberPhases The number of phases that can be used for charging.
 * @param phaseToUse Values:
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ChargingSchedulePeriodType(
        Integer startPeriod,
        BigDecimal limit,
        Integer numberPhases,
        Integer phaseToUse,
        CustomDataType customData) {

    public ChargingSchedulePeriodType {
        Require.present(startPeriod, "startPeriod");
        Require.present(limit, "limit");
        // Not in the schema; the spec's field description: "Values: 1..3".
        Require.atLeast(phaseToUse, 1, "phaseToUse");
        Require.atMost(phaseToUse, 3, "phaseToUse");
    }

    /** The required fields only. */
    public static ChargingSchedulePeriodType of(Integer startPeriod, BigDecimal limit) {
        return new ChargingSchedulePeriodType(startPeriod, limit, null, null, null);
    }
}
