package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.instant;

import io.gridcharge.domain.security.SecurityEvent;
import io.gridcharge.domain.security.SecurityEventRepository;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import org.jdbi.v3.core.Jdbi;

/** {@link SecurityEventRepository} on PostgreSQL: table {@code security_events}. */
public final class PgSecurityEventRepository implements SecurityEventRepository {
    private static final String COLUMNS = "id, station_id, type, occurred_at, tech_info, critical, received_at";
    private static final Listing<SecurityEvent> LISTING = new Listing<>("security_events", COLUMNS, "id DESC",
            (row, ctx) -> new SecurityEvent(row.getLong("id"), StationId.of(row.getString("station_id")),
                    row.getString("type"), instant(row, "occurred_at"), row.getString("tech_info"),
                    row.getBoolean("critical"), instant(row, "received_at")));

    private final Jdbi jdbi;

    public PgSecurityEventRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public SecurityEvent append(SecurityEvent event) {
        long id = jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO security_events (station_id, type, occurred_at, tech_info, critical, received_at)
                        VALUES (:station, :type, :occurredAt, :techInfo, :critical, :receivedAt)""")
                .bind("station", event.stationId().value())
                .bind("type", event.type())
                .bind("occurredAt", event.occurredAt())
                .bind("techInfo", event.techInfo())
                .bind("critical", event.critical())
                .bind("receivedAt", event.receivedAt())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        return new SecurityEvent(id, event.stationId(), event.type(), event.occurredAt(), event.techInfo(),
                event.critical(), event.receivedAt());
    }

    @Override
    public Page<SecurityEvent> list(StationId station, boolean criticalOnly, PageRequest page) {
        Where where = new Where().and("station_id = :station", "station", station.value())
                .and("critical = :critical", "critical", criticalOnly ? Boolean.TRUE : null);
        return jdbi.inTransaction(handle -> LISTING.page(handle, where, page));
    }
}
