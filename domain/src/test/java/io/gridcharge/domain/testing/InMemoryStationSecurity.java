package io.gridcharge.domain.testing;

import io.gridcharge.domain.security.StationSecurity;
import io.gridcharge.domain.security.StationSecurityRepository;
import io.gridcharge.domain.station.StationId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** StationSecurityRepository in memory. */
public final class InMemoryStationSecurity implements StationSecurityRepository {
    private final Map<StationId, StationSecurity> records = new ConcurrentHashMap<>();

    @Override
    public Optional<StationSecurity> find(StationId id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public void save(StationSecurity security) {
        records.put(security.stationId(), security);
    }
}
