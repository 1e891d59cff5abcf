package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.enumValue;
import static io.gridcharge.store.repository.Columns.instant;
import static io.gridcharge.store.repository.Columns.name;

import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.BootInfo;
import io.gridcharge.domain.station.Connector;
import io.gridcharge.domain.station.ConnectorStatus;
import io.gridcharge.domain.station.EvseConnector;
import io.gridcharge.domain.station.RegistrationStatus;
import io.gridcharge.domain.station.Station;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationQuery;
import io.gridcharge.domain.station.StationRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/** {@link StationRepository} on PostgreSQL: tables {@code stations} and {@code connectors}. */
public final class PgStationRepository implements StationRepository {
    private static final String COLUMNS = """
            id, name, password_hash, registration, protocol, vendor, model, serial_number, firmware_version,
            iccid, imsi, meter_type, meter_serial_number, last_boot_at, last_seen, created_at""";
    private static final Listing<Station> LISTING =
            new Listing<>("stations", COLUMNS, "id", (row, ctx) -> stationOf(row, List.of()));

    private final Jdbi jdbi;
    private final Writes writes;

    public PgStationRepository(Jdbi jdbi) {
        this(jdbi, Writes.eachOnItsOwn(jdbi));
    }

    /** {@code writes} carries the writes of a station's messages: boots and connector status. */
    public PgStationRepository(Jdbi jdbi, Writes writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    @Override
    public boolean insert(Station station) {
        return jdbi.inTransaction(handle -> {
            Update insert = handle.createUpdate("""
                    INSERT INTO stations (id, name, password_hash, registration, protocol, vendor, model,
                        serial_number, firmware_version, iccid, imsi, meter_type, meter_serial_number,
                        last_boot_at, last_seen, created_at)
                    VALUES (:id, :name, :passwordHash, :registration, :protocol, :vendor, :model,
                        :serialNumber, :firmwareVersion, :iccid, :imsi, :meterType, :meterSerialNumber,
                        :lastBootAt, :lastSeen, :createdAt)
                    ON CONFLICT (id) DO NOTHING""")
                    .bind("id", station.id().value())
                    .bind("name", station.name())
                    .bind("passwordHash", station.passwordHash())
                    .bind("registration", name(station.registration()))
                    .bind("protocol", station.protocol())
                    .bind("lastBootAt", station.lastBootAt())
                    .bind("lastSeen", station.lastSeen())
                    .bind("createdAt", station.createdAt());
            if (bindBoot(insert, station.boot()).execute() == 0) {
                return false;
            }
            station.connectors().forEach(connector -> upsertConnector(handle, station.id(), connector));
            return true;
        });
    }

    @Override
    public Optional<Station> find(StationId id) {
        return jdbi.inTransaction(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM stations WHERE id = :id")
                .bind("id", id.value())
                .map((row, ctx) -> stationOf(row, List.of()))
                .findOne()
                .map(station -> withConnectors(handle, List.of(station)).getFirst()));
    }

    @Override
    public Optional<Station> findWithoutConnectors(StationId id) {
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM stations WHERE id = :id")
                .bind("id", id.value())
                .map((row, ctx) -> stationOf(row, List.of()))
                .findOne());
    }

    @Override
    public Page<Station> list(StationQuery query, PageRequest page) {
        Where where = new Where()
                .and("(id ILIKE :text OR name ILIKE :text OR vendor ILIKE :text OR model ILIKE :text)",
                        "text", query.text() == null || query.text().isBlank() ? null : containing(query.text()))
                .and("registration = :registration", "registration", name(query.registration()))
                .and("id = ANY(:ids)", "ids", query.ids() == null ? null : idValues(query.ids()));
        return jdbi.inTransaction(handle -> {
            Page<Station> stations = LISTING.page(handle, where, page);
            return new Page<>(withConnectors(handle, stations.items()), stations.page(), stations.size(),
                    stations.total());
        });
    }

    @Override
    public void updateAdministration(StationId id, String name, String passwordHash,
                                     RegistrationStatus registration) {
        int updated = jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE stations SET name = :name, password_hash = :passwordHash, registration = :registration
                        WHERE id = :id""")
                .bind("id", id.value())
                .bind("name", name)
                .bind("passwordHash", passwordHash)
                .bind("registration", name(registration))
                .execute());
        requireFound(updated, id);
    }

    @Override
    public void recordBoot(StationId id, BootInfo boot, String protocol, Instant at) {
        requireFound(writes.inTransaction(BOOTS, new BootRow(id, boot, protocol, at)), id);
    }

    @Override
    public void saveConnector(StationId id, Connector connector) {
        requireFound(writes.inTransaction(CONNECTOR_STATUS, new ConnectorRow(id, connector)), id);
    }

    /**
     * One statement for all stations. Last-seen only moves forward: a flush from a node that heard the station
     * earlier than another one did must not put the time back.
     */
    @Override
    public void updateLastSeen(Map<StationId, Instant> lastSeen) {
        if (lastSeen.isEmpty()) {
            return;
        }
        List<Map.Entry<StationId, Instant>> entries = List.copyOf(lastSeen.entrySet());
        String[] ids = entries.stream().map(e -> e.getKey().value()).toArray(String[]::new);
        String[] times = entries.stream().map(e -> e.getValue().toString()).toArray(String[]::new);
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE stations SET last_seen = GREATEST(stations.last_seen, seen.at)
                        FROM unnest(CAST(:ids AS text[]), CAST(:times AS timestamptz[])) AS seen (id, at)
                        WHERE stations.id = seen.id""")
                .bind("ids", ids)
                .bind("times", times)
                .execute());
    }

    @Override
    public boolean delete(StationId id) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM stations WHERE id = :id")
                .bind("id", id.value())
                .execute()) > 0;
    }

    /** Not through the group commit: only 2.0.1 stations report these, one at a time per station. */
    @Override
    public void saveEvseConnector(StationId id, EvseConnector connector) {
        int saved = jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO evse_connectors (station_id, evse_id, connector_id, status, reported_at)
                        SELECT id, :evseId, :connectorId, :status, :reportedAt FROM stations WHERE id = :id
                        ON CONFLICT (station_id, evse_id, connector_id)
                        DO UPDATE SET status = EXCLUDED.status, reported_at = EXCLUDED.reported_at""")
                .bind("id", id.value())
                .bind("evseId", connector.evseId())
                .bind("connectorId", connector.connectorId())
                .bind("status", name(connector.status()))
                .bind("reportedAt", connector.reportedAt())
                .execute());
        requireFound(saved, id);
    }

    @Override
    public List<EvseConnector> evseConnectors(StationId id) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT evse_id, connector_id, status, reported_at FROM evse_connectors
                        WHERE station_id = :id ORDER BY evse_id, connector_id""")
                .bind("id", id.value())
                .map((row, ctx) -> new EvseConnector(row.getInt("evse_id"), row.getInt("connector_id"),
                        enumValue(row, "status", ConnectorStatus.class), instant(row, "reported_at")))
                .list());
    }

    private record BootRow(StationId stationId, BootInfo boot, String protocol, Instant at) {
        String field(Function<BootInfo, String> field) {
            return boot == null ? null : field.apply(boot);
        }
    }

    /**
     * Boots of many stations in one statement (issue 5: the reconnect storm). Each row's result is 1, or 0 when its
     * station does not exist; a batch with one station twice is written row by row, as one UPDATE may not change
     * a row twice.
     */
    private static final Writes.Merged<BootRow, Integer> BOOTS = (handle, rows) -> {
        if (rows.stream().map(r -> r.stationId().value()).distinct().count() < rows.size()) {
            return rows.stream().map(r -> updateBoots(handle, List.of(r)).contains(r.stationId().value()) ? 1 : 0)
                    .toList();
        }
        Set<String> updated = updateBoots(handle, rows);
        return rows.stream().map(r -> updated.contains(r.stationId().value()) ? 1 : 0).toList();
    };

    private static Set<String> updateBoots(Handle handle, List<BootRow> rows) {
        return new HashSet<>(handle.createQuery("""
                        UPDATE stations s SET vendor = b.vendor, model = b.model, serial_number = b.serial_number,
                            firmware_version = b.firmware_version, iccid = b.iccid, imsi = b.imsi,
                            meter_type = b.meter_type, meter_serial_number = b.meter_serial_number,
                            protocol = b.protocol, last_boot_at = b.at
                        FROM unnest(CAST(:ids AS text[]), CAST(:vendors AS text[]), CAST(:models AS text[]),
                                CAST(:serialNumbers AS text[]), CAST(:firmwareVersions AS text[]),
                                CAST(:iccids AS text[]), CAST(:imsis AS text[]), CAST(:meterTypes AS text[]),
                                CAST(:meterSerialNumbers AS text[]), CAST(:protocols AS text[]),
                                CAST(:ats AS timestamptz[]))
                            AS b (id, vendor, model, serial_number, firmware_version, iccid, imsi, meter_type,
                                meter_serial_number, protocol, at)
                        WHERE s.id = b.id
                        RETURNING s.id""")
                .bind("ids", rows.stream().map(r -> r.stationId().value()).toArray(String[]::new))
                .bind("vendors", rows.stream().map(r -> r.field(BootInfo::vendor)).toArray(String[]::new))
                .bind("models", rows.stream().map(r -> r.field(BootInfo::model)).toArray(String[]::new))
                .bind("serialNumbers", rows.stream().map(r -> r.field(BootInfo::serialNumber)).toArray(String[]::new))
                .bind("firmwareVersions", rows.stream().map(r -> r.field(BootInfo::firmwareVersion))
                        .toArray(String[]::new))
                .bind("iccids", rows.stream().map(r -> r.field(BootInfo::iccid)).toArray(String[]::new))
                .bind("imsis", rows.stream().map(r -> r.field(BootInfo::imsi)).toArray(String[]::new))
                .bind("meterTypes", rows.stream().map(r -> r.field(BootInfo::meterType)).toArray(String[]::new))
                .bind("meterSerialNumbers", rows.stream().map(r -> r.field(BootInfo::meterSerialNumber))
                        .toArray(String[]::new))
                .bind("protocols", rows.stream().map(BootRow::protocol).toArray(String[]::new))
                .bind("ats", rows.stream().map(r -> r.at().toString()).toArray(String[]::new))
                .mapTo(String.class)
                .list());
    }

    private record ConnectorRow(StationId stationId, Connector connector) {
    }

    /**
     * Connector status of many stations in one statement (issue 5). Each row's result is 1, or 0 when its station
     * does not exist. PostgreSQL refuses one upsert that touches a row twice, so a batch with a connector twice
     * (which one station waiting for each answer never makes) is written row by row.
     */
    private static final Writes.Merged<ConnectorRow, Integer> CONNECTOR_STATUS = (handle, rows) -> {
        long distinct = rows.stream().map(r -> r.stationId().value() + "/" + r.connector().connectorId()).distinct()
                .count();
        if (distinct < rows.size()) {
            return rows.stream().map(r -> upsertConnector(handle, r.stationId(), r.connector())).toList();
        }
        Set<String> written = new HashSet<>(handle.createQuery("""
                        INSERT INTO connectors (station_id, connector_id, status, error_code, info, vendor_error_code,
                            reported_at)
                        SELECT s.id, r.connector_id, r.status, r.error_code, r.info, r.vendor_error_code, r.reported_at
                        FROM unnest(CAST(:stationIds AS text[]), CAST(:connectorIds AS int[]), CAST(:statuses AS text[]),
                                CAST(:errorCodes AS text[]), CAST(:infos AS text[]), CAST(:vendorErrorCodes AS text[]),
                                CAST(:reportedAts AS timestamptz[]))
                            AS r (station_id, connector_id, status, error_code, info, vendor_error_code, reported_at)
                        JOIN stations s ON s.id = r.station_id
                        ON CONFLICT (station_id, connector_id) DO UPDATE SET status = EXCLUDED.status,
                            error_code = EXCLUDED.error_code, info = EXCLUDED.info,
                            vendor_error_code = EXCLUDED.vendor_error_code, reported_at = EXCLUDED.reported_at
                        RETURNING station_id || '/' || connector_id""")
                .bind("stationIds", rows.stream().map(r -> r.stationId().value()).toArray(String[]::new))
                .bind("connectorIds", rows.stream().map(r -> r.connector().connectorId()).toArray(Integer[]::new))
                .bind("statuses", rows.stream().map(r -> name(r.connector().status())).toArray(String[]::new))
                .bind("errorCodes", rows.stream().map(r -> r.connector().errorCode()).toArray(String[]::new))
                .bind("infos", rows.stream().map(r -> r.connector().info()).toArray(String[]::new))
                .bind("vendorErrorCodes", rows.stream().map(r -> r.connector().vendorErrorCode())
                        .toArray(String[]::new))
                .bind("reportedAts", rows.stream().map(r -> r.connector().reportedAt().toString())
                        .toArray(String[]::new))
                .mapTo(String.class)
                .list());
        return rows.stream()
                .map(r -> written.contains(r.stationId().value() + "/" + r.connector().connectorId()) ? 1 : 0)
                .toList();
    };

    /** Returns 1 when written, 0 when there is no such station. */
    private static int upsertConnector(Handle handle, StationId id, Connector connector) {
        return handle.createUpdate("""
                        INSERT INTO connectors (station_id, connector_id, status, error_code, info, vendor_error_code,
                            reported_at)
                        SELECT id, :connectorId, :status, :errorCode, :info, :vendorErrorCode, :reportedAt
                        FROM stations WHERE id = :stationId
                        ON CONFLICT (station_id, connector_id) DO UPDATE SET status = EXCLUDED.status,
                            error_code = EXCLUDED.error_code, info = EXCLUDED.info,
                            vendor_error_code = EXCLUDED.vendor_error_code, reported_at = EXCLUDED.reported_at""")
                .bind("stationId", id.value())
                .bind("connectorId", connector.connectorId())
                .bind("status", name(connector.status()))
                .bind("errorCode", connector.errorCode())
                .bind("info", connector.info())
                .bind("vendorErrorCode", connector.vendorErrorCode())
                .bind("reportedAt", connector.reportedAt())
                .execute();
    }

    private static Update bindBoot(Update update, BootInfo boot) {
        boolean booted = boot != null;
        return update
                .bind("vendor", booted ? boot.vendor() : null)
                .bind("model", booted ? boot.model() : null)
                .bind("serialNumber", booted ? boot.serialNumber() : null)
                .bind("firmwareVersion", booted ? boot.firmwareVersion() : null)
                .bind("iccid", booted ? boot.iccid() : null)
                .bind("imsi", booted ? boot.imsi() : null)
                .bind("meterType", booted ? boot.meterType() : null)
                .bind("meterSerialNumber", booted ? boot.meterSerialNumber() : null);
    }

    private static List<Station> withConnectors(Handle handle, List<Station> stations) {
        if (stations.isEmpty()) {
            return stations;
        }
        Map<String, List<Connector>> connectors = handle.createQuery("""
                        SELECT station_id, connector_id, status, error_code, info, vendor_error_code, reported_at
                        FROM connectors WHERE station_id = ANY(:ids)""")
                .bind("ids", idValues(stations.stream().map(Station::id).toList()))
                .map((row, ctx) -> Map.entry(row.getString("station_id"), connectorOf(row)))
                .stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return stations.stream()
                .map(s -> withConnectors(s, connectors.getOrDefault(s.id().value(), List.of())))
                .toList();
    }

    private static Station withConnectors(Station s, List<Connector> connectors) {
        return new Station(s.id(), s.name(), s.passwordHash(), s.registration(), s.protocol(), s.boot(),
                s.lastBootAt(), s.lastSeen(), connectors, s.createdAt());
    }

    private static Station stationOf(ResultSet row, List<Connector> connectors) throws SQLException {
        BootInfo boot = row.getString("vendor") == null ? null : new BootInfo(row.getString("vendor"),
                row.getString("model"), row.getString("serial_number"), row.getString("firmware_version"),
                row.getString("iccid"), row.getString("imsi"), row.getString("meter_type"),
                row.getString("meter_serial_number"));
        return new Station(StationId.of(row.getString("id")), row.getString("name"),
                row.getString("password_hash"), enumValue(row, "registration", RegistrationStatus.class),
                row.getString("protocol"), boot, instant(row, "last_boot_at"), instant(row, "last_seen"),
                connectors, instant(row, "created_at"));
    }

    private static Connector connectorOf(ResultSet row) throws SQLException {
        return new Connector(row.getInt("connector_id"), enumValue(row, "status", ConnectorStatus.class),
                row.getString("error_code"), row.getString("info"), row.getString("vendor_error_code"),
                instant(row, "reported_at"));
    }

    /** An ILIKE pattern matching {@code text} anywhere, with the pattern's own characters taken literally. */
    private static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String[] idValues(Collection<StationId> ids) {
        return ids.stream().map(StationId::value).toArray(String[]::new);
    }

    private static void requireFound(int rows, StationId id) {
        if (rows == 0) {
            throw new NotFound("station", id);
        }
    }
}
