package io.gridcharge.domain.energy;

import io.gridcharge.domain.station.StationId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The profiles each station holds as the platform believes it, changed one station at a time: answers to
 * two commands for the same station may arrive together, and each change reads the state the other left.
 * (In cluster mode the station's commands run on the node holding its connection, so this lock suffices.)
 */
public final class InstalledProfiles {
    private final ChargingProfileRepository repository;
    private final Map<StationId, Object> locks = new ConcurrentHashMap<>();

    public InstalledProfiles(ChargingProfileRepository repository) {
        this.repository = repository;
    }

    public StationChargingProfiles of(StationId stationId) {
        return repository.of(stationId);
    }

    public StationChargingProfiles change(StationId stationId, UnaryOperator<StationChargingProfiles> change) {
        synchronized (locks.computeIfAbsent(stationId, id -> new Object())) {
            StationChargingProfiles before = repository.of(stationId);
            StationChargingProfiles after = change.apply(before);
            if (!after.equals(before)) {
                repository.save(after);
            }
            return after;
        }
    }
}
