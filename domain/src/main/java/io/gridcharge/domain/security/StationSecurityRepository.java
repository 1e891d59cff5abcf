package io.gridcharge.domain.security;

import io.gridcharge.domain.station.StationId;
import java.util.Optional;

/** Where each station's security record is kept. Each method is one database transaction. */
public interface StationSecurityRepository {

    /** Empty when the station has none yet: it is on profile 1 with no password change under way. */
    Optional<StationSecurity> find(StationId id);

    /** Inserts or replaces the station's record. */
    void save(StationSecurity security);
}
