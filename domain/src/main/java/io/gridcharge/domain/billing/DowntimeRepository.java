package io.gridcharge.domain.billing;

import io.gridcharge.domain.station.StationId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/** Where the periods stations were unreachable are kept: from going offline to connecting again. */
public interface DowntimeRepository {
    /** Opens a period from {@code from}, unless the station has one open already. */
    void wentDown(StationId station, Instant from);

    /** Closes the station's open period at {@code to}, if it has one. */
    void cameBack(StationId station, Instant to);

    /** The stations' downtime within {@code from} to {@code to}, an open period counting until {@code to}. */
    Duration within(Collection<StationId> stations, Instant from, Instant to);
}
