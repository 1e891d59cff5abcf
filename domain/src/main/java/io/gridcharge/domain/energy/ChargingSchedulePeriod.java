package io.gridcharge.domain.energy;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.math.BigDecimal;

/**
 * OCPP 1.6 §7.14: from {@code startPeriod} seconds after the schedule's start, charge at most {@code limit}
 * (in the schedule's unit) on {@code numberPhases} phases (null: the station's default, 3).
 */
public record ChargingSchedulePeriod(int startPeriod, BigDecimal limit, Integer numberPhases) {
    public ChargingSchedulePeriod {
        if (startPeriod < 0) {
            throw new InvalidInput("startPeriod", "must not be negative");
        }
        limit = Rates.rate(Require.present(limit, "limit"), "limit");
        if (numberPhases != null && (numberPhases < 1 || numberPhases > 3)) {
            throw new InvalidInput("numberPhases", "must be 1, 2 or 3");
        }
    }

    public static ChargingSchedulePeriod of(int startPeriod, String limit) {
        return new ChargingSchedulePeriod(startPeriod, new BigDecimal(limit), null);
    }
}
