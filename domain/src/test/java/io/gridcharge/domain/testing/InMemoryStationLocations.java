package io.gridcharge.domain.testing;

import io.gridcharge.domain.station.ConnectorStatus;
import io.gridcharge.domain.station.MapArea;
import io.gridcharge.domain.station.MapMarker;
import io.gridcharge.domain.station.Station;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationLocation;
import io.gridcharge.domain.station.StationLocations;
import io.gridcharge.domain.station.StationRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** StationLocations in memory; the headline state is the most urgent of the station's connectors', as in SQL. */
public final class InMemoryStationLocations implements StationLocations {
    private static final List<ConnectorStatus> URGENCY = List.of(ConnectorStatus.FAULTED, ConnectorStatus.CHARGING,
            ConnectorStatus.SUSPENDED_EV, ConnectorStatus.SUSPENDED_EVSE, ConnectorStatus.PREPARING,
            ConnectorStatus.FINISHING, ConnectorStatus.OCCUPIED, ConnectorStatus.RESERVED, ConnectorStatus.AVAILABLE,
            ConnectorStatus.UNAVAILABLE, ConnectorStatus.UNKNOWN);

    private final Map<StationId, StationLocation> locations = new ConcurrentHashMap<>();
    private final StationRepository stations;

    public InMemoryStationLocations(StationRepository stations) {
        this.stations = stations;
    }

    @Override
    public void save(StationLocation location) {
        locations.put(location.stationId(), location);
    }

    @Override
    public Optional<StationLocation> find(StationId stationId) {
        return Optional.ofNullable(locations.get(stationId));
    }

    @Override
    public boolean remove(StationId stationId) {
        return locations.remove(stationId) != null;
    }

    @Override
    public List<MapMarker> within(MapArea area, int limit) {
        return locations.values().stream()
                .filter(l -> area.contains(l.latitude(), l.longitude()))
                .sorted(Comparator.comparing(l -> l.stationId().value()))
                .limit(limit)
                .map(l -> new MapMarker(l, stations.find(l.stationId()).flatMap(InMemoryStationLocations::headline)))
                .toList();
    }

    private static Optional<ConnectorStatus> headline(Station station) {
        return station.connectors().stream()
                .filter(c -> c.connectorId() > 0 || c.status() == ConnectorStatus.FAULTED)
                .map(c -> c.status())
                .min(Comparator.comparingInt(URGENCY::indexOf));
    }
}
