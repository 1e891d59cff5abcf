package io.gridcharge.domain.station;

import io.gridcharge.domain.shared.NotFound;
import java.util.Optional;

/** An operator puts a station on the map, moves it, or takes it off. Only known stations have a place. */
public final class PlaceStation {
    private final StationRepository stations;
    private final StationLocations locations;

    public PlaceStation(StationRepository stations, StationLocations locations) {
        this.stations = stations;
        this.locations = locations;
    }

    public StationLocation place(StationLocation location) {
        requireStation(location.stationId());
        locations.save(location);
        return location;
    }

    public Optional<StationLocation> locationOf(StationId id) {
        requireStation(id);
        return locations.find(id);
    }

    public void unplace(StationId id) {
        requireStation(id);
        locations.remove(id);
    }

    private void requireStation(StationId id) {
        if (stations.find(id).isEmpty()) {
            throw new NotFound("station", id.value());
        }
    }
}
