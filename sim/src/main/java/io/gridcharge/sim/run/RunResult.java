package io.gridcharge.sim.run;

import io.gridcharge.sim.charger.VisitOutcome;
import io.gridcharge.sim.grid.Network;
import io.gridcharge.sim.grid.Reading;
import java.util.List;
import java.util.Map;

/** What a run produced: a time series per site, per feeder and for the substation, and how each visit went. */
public record RunResult(Network network, Map<String, List<Reading>> sites, Map<String, List<Reading>> feeders,
                        List<Reading> substation, Map<String, List<VisitOutcome>> outcomes) {
    public RunResult {
        sites = Map.copyOf(sites);
        feeders = Map.copyOf(feeders);
        substation = List.copyOf(substation);
        outcomes = Map.copyOf(outcomes);
    }

    /** Energy the cars took, Wh, over all sites. */
    public long deliveredWh() {
        return outcomes.values().stream().flatMap(List::stream).mapToLong(VisitOutcome::deliveredWh).sum();
    }
}
