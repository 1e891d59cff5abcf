package io.gridcharge.domain.billing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How a site, station or operator did over a period (issue 7): sessions, energy, revenue by component per
 * currency, utilization (charging time over the stations' available time), average session, sessions that
 * delivered nothing, the stations' downtime, and per currency the energy cost at the supplier's price and the benefit (revenue − cost)
 * where every site in scope has a supplier price.
 */
public record PeriodReport(String scope, Instant from, Instant to, int stations, long sessions, long energyWh,
                           List<Revenue> revenue, Duration chargingTime, BigDecimal utilization,
                           Duration averageSession, long averageEnergyWh, long failedSessions, long unpricedSessions,
                           Duration downtime) {
    public PeriodReport {
        revenue = List.copyOf(revenue);
    }

    /** Revenue in one currency: by component and in total, with the supplier's energy cost and the benefit. */
    public record Revenue(String currency, Map<PriceComponent, Money> components, Money total, Money energyCost,
                          Money benefit) {
        public Revenue {
            components = Map.copyOf(components);
        }
    }
}
