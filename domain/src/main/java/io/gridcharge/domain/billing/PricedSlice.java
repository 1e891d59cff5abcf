package io.gridcharge.domain.billing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One stretch of a charge with a single set of prices: between two price boundaries (a time-of-use period
 * change, a new tariff version, the end of charging, the end of the idle grace). {@code energyWh} is the
 * share of the energy that flowed in it, unrounded; {@code idle} whether its minutes carry the idle fee.
 */
public record PricedSlice(Instant from, Instant to, BigDecimal energyWh, BigDecimal energyPricePerKwh,
                          Phase phase) {
    /** What the car did in a slice: charged, stood idle within the grace period, or stood idle beyond it. */
    public enum Phase {
        CHARGING, IDLE_GRACE, IDLE
    }
}
