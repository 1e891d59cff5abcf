package io.gridcharge.api.console;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The dashboard's figures (issue 8). Energy Wh, power W; utilization is the percentage of connectors charging
 * now, one decimal. {@code revenue} stays null until billing exists.
 */
public record DashboardView(Instant at, Instant since, StationCounts stations, ConnectorCounts connectors,
                            SessionCounts sessions, long energyWh, long powerW, BigDecimal utilizationPercent,
                            Object revenue) {
    public record StationCounts(long total, long online, long offline, long charging, long faulted) {
    }

    public record ConnectorCounts(long total, long charging) {
    }

    public record SessionCounts(long started, long active) {
    }
}
