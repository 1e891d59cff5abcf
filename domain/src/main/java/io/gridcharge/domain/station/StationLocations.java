package io.gridcharge.domain.station;

import java.util.List;
import java.util.Optional;

/** Port: where stations stand (issue 8's map). Kept beside the station, not in it: most lookups need neither. */
public interface StationLocations {
    /** Places the station, replacing an earlier location. */
    void save(StationLocation location);

    Optional<StationLocation> find(StationId stationId);

    /** Whether there was a location to remove. */
    boolean remove(StationId stationId);

    /** Up to {@code limit} placed stations inside the area, ordered by station id, with their headline state. */
    List<MapMarker> within(MapArea area, int limit);
}
