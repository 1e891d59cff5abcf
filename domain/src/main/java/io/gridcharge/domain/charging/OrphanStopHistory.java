package io.gridcharge.domain.charging;

import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;

/** Looking up the stops of transactions the platform never saw, for an operator to reconcile. */
public final class OrphanStopHistory {
    private final OrphanStopRepository orphanStops;

    public OrphanStopHistory(OrphanStopRepository orphanStops) {
        this.orphanStops = orphanStops;
    }

    public Page<OrphanStop> list(StationId stationId, PageRequest page) {
        return orphanStops.list(stationId, page);
    }
}
