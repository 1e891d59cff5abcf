package io.gridcharge.api.console;

import io.gridcharge.api.billing.MoneyView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The dashboard's figures (issue 8). Energy Wh, power W; utilization is the percentage of connectors charging
 * now, one decimal. {@code revenue}: the totals of the orders of transactions that ended since {@code since}, one
 * per currency (none when nothing was priced); never summed across currencies.
 */
public record DashboardView(Instant at, Instant since, StationCounts stations, ConnectorCounts connectors,
                            SessionCounts sessions, long energyWh, long powerW, BigDecimal utilizationPercent,
                            List<MoneyView> revenue) {
    public record StationCounts(long total, long online, long offline, long charging, long faulted) {
    }

    public record ConnectorCounts(long total, long charging) {
    }

    public record SessionCounts(long started, long active) {
    }
}
