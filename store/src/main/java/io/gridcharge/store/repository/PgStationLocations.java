package io.gridcharge.store.repository;

import io.gridcharge.domain.station.ConnectorStatus;
import io.gridcharge.domain.station.MapArea;
import io.gridcharge.domain.station.MapMarker;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationLocation;
import io.gridcharge.domain.station.StationLocations;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** {@link StationLocations} on PostgreSQL: table {@code station_locations}. */
public final class PgStationLocations implements StationLocations {
    private static final RowMapper<StationLocation> ROW = (row, ctx) -> new StationLocation(
            StationId.of(row.getString("station_id")), row.getDouble("latitude"), row.getDouble("longitude"));

    private final Jdbi jdbi;

    public PgStationLocations(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void save(StationLocation location) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO station_locations (station_id, latitude, longitude) VALUES (:id, :lat, :lon)
                        ON CONFLICT (station_id) DO UPDATE SET latitude = :lat, longitude = :lon""")
                .bind("id", location.stationId().value())
                .bind("lat", location.latitude())
                .bind("lon", location.longitude())
                .execute());
    }

    @Override
    public Optional<StationLocation> find(StationId stationId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT station_id, latitude, longitude FROM station_locations WHERE station_id = :id")
                .bind("id", stationId.value())
                .map(ROW)
                .findOne());
    }

    @Override
    public boolean remove(StationId stationId) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM station_locations WHERE station_id = :id")
                .bind("id", stationId.value())
                .execute()) > 0;
    }

    @Override
    public List<MapMarker> within(MapArea area, int limit) {
        String longitude = area.crossesAntimeridian()
                ? "(l.longitude >= :west OR l.longitude <= :east)" : "l.longitude BETWEEN :west AND :east";
        // The headline: the first of these states any real connector is in (OCPP 1.6 §4.9 connector 0 is the
        // station as a whole and only counts when it faulted).
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT l.station_id, l.latitude, l.longitude,
                               (SELECT c.status FROM connectors c WHERE c.station_id = l.station_id
                                  AND (c.connector_id > 0 OR c.status = 'FAULTED')
                                ORDER BY array_position(ARRAY['FAULTED', 'CHARGING', 'SUSPENDED_EV', 'SUSPENDED_EVSE',
                                    'PREPARING', 'FINISHING', 'OCCUPIED', 'RESERVED', 'AVAILABLE', 'UNAVAILABLE',
                                    'UNKNOWN'], c.status)
                                LIMIT 1) AS headline
                        FROM station_locations l
                        WHERE l.latitude BETWEEN :south AND :north AND\s""" + longitude
                        + " ORDER BY l.station_id LIMIT :limit")
                .bind("south", area.south())
                .bind("north", area.north())
                .bind("west", area.west())
                .bind("east", area.east())
                .bind("limit", limit)
                .map((row, ctx) -> new MapMarker(ROW.map(row, ctx),
                        Optional.ofNullable(row.getString("headline")).map(ConnectorStatus::valueOf)))
                .list());
    }
}
