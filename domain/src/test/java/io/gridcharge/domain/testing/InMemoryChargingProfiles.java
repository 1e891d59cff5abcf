package io.gridcharge.domain.testing;

import io.gridcharge.domain.energy.ChargingProfileRepository;
import io.gridcharge.domain.energy.StationChargingProfiles;
import io.gridcharge.domain.station.StationId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** ChargingProfileRepository in memory. */
public final class InMemoryChargingProfiles implements ChargingProfileRepository {
    private final Map<StationId, StationChargingProfiles> stations = new ConcurrentHashMap<>();

    @Override
    public StationChargingProfiles of(StationId stationId) {
        return stations.getOrDefault(stationId, StationChargingProfiles.none(stationId));
    }

    @Override
    public void save(StationChargingProfiles profiles) {
        stations.put(profiles.stationId(), profiles);
    }
}
