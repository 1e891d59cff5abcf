package io.gridcharge.domain.energy;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * OCPP 1.6 §7.13: limits over time. {@code startSchedule} is where the periods count from (absent for a
 * relative profile); {@code durationSeconds} null means the last period lasts for ever (or until the
 * transaction ends). The periods start at 0 and each later than the one before (§7.14: "the first period
 * SHALL start at 0", startPeriod gives the start of each period).
 */
public record ChargingSchedule(Instant startSchedule, Integer durationSeconds, ChargingRateUnit unit,
                               List<ChargingSchedulePeriod> periods, BigDecimal minChargingRate) {
    public ChargingSchedule {
        Require.present(unit, "chargingRateUnit");
        Require.present(periods, "chargingSchedulePeriod");
        periods = List.copyOf(periods);
        if (periods.isEmpty()) {
            throw new InvalidInput("chargingSchedulePeriod", "must hold at least one period");
        }
        if (periods.getFirst().startPeriod() != 0) {
            throw new InvalidInput("chargingSchedulePeriod[0].startPeriod", "must be 0");
        }
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).startPeriod() <= periods.get(i - 1).startPeriod()) {
                throw new InvalidInput("chargingSchedulePeriod[" + i + "].startPeriod",
                        "must be later than the period before");
            }
        }
        if (durationSeconds != null) {
            if (durationSeconds < 1) {
                throw new InvalidInput("duration", "must be 1 or more");
            }
            if (periods.getLast().startPeriod() >= durationSeconds) {
                throw new InvalidInput("chargingSchedulePeriod[" + (periods.size() - 1) + "].startPeriod",
                        "must be within the schedule's duration");
            }
        }
        minChargingRate = minChargingRate == null ? null : Rates.rate(minChargingRate, "minChargingRate");
    }

    public static ChargingSchedule of(ChargingRateUnit unit, ChargingSchedulePeriod... periods) {
        return new ChargingSchedule(null, null, unit, List.of(periods), null);
    }

    public ChargingSchedule startingAt(Instant start) {
        return new ChargingSchedule(start, durationSeconds, unit, periods, minChargingRate);
    }

    public ChargingSchedule lasting(Integer seconds) {
        return new ChargingSchedule(startSchedule, seconds, unit, periods, minChargingRate);
    }
}
