package io.gridcharge.ocpp.v16.smartcharging;

import io.gridcharge.ocpp.validation.Require;
import java.math.BigDecimal;

/** OCPP 1.6 §7.14 ChargingSchedulePeriod. */
public record ChargingSchedulePeriod(Integer startPeriod, BigDecimal limit, Integer numberPhases) {
    public ChargingSchedulePeriod {
        Require.present(startPeriod, "startPeriod");
        Require.present(limit, "limit");
        Require.multipleOf(limit, ChargingSchedule.RATE_STEP, "limit");
    }
}
