package io.gridcharge.domain.charging;

import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;

/** Where stops of unknown transactions are kept. Each method is one database transaction. */
public interface OrphanStopRepository {

    /**
     * Keeps a stop (its {@code id} is ignored) and returns it numbered; the same stop resent (station,
     * transaction id and stop time) is kept once and the first record is returned.
     */
    OrphanStop record(OrphanStop stop);

    /** Newest first; {@code stationId} null for every station. */
    Page<OrphanStop> list(StationId stationId, PageRequest page);
}
