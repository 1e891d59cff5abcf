package io.gridcharge.domain.event;

import io.gridcharge.domain.station.StationId;
import java.time.Instant;

/** Something that happened, published after it was committed. Subscribers: live views, alarms, journal. */
public interface DomainEvent {
    StationId stationId();

    Instant at();
}
