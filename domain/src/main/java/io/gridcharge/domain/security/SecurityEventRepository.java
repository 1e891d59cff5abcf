package io.gridcharge.domain.security;

import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;

/** Where stations' security events are kept. Each method is one database transaction. */
public interface SecurityEventRepository {

    /** Stores the event (its id is ignored) and returns it with the id it was given. */
    SecurityEvent append(SecurityEvent event);

    /** A station's events, newest first; {@code criticalOnly} leaves the others out. */
    Page<SecurityEvent> list(StationId station, boolean criticalOnly, PageRequest page);
}
