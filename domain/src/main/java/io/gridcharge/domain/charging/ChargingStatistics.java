package io.gridcharge.domain.charging;

import java.time.Instant;

/** Port: totals of charging for the dashboard (issue 8), computed where the data is. */
public interface ChargingStatistics {
    ChargingTotals since(Instant from);
}
