package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.enumValue;
import static io.gridcharge.store.repository.Columns.instant;
import static io.gridcharge.store.repository.Columns.nullableInt;

import io.gridcharge.domain.security.ReportedStatus;
import io.gridcharge.domain.security.ReportedStatusRepository;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import org.jdbi.v3.core.Jdbi;

/** {@link ReportedStatusRepository} on PostgreSQL: table {@code security_status_reports}. */
public final class PgReportedStatusRepository implements ReportedStatusRepository {
    private static final String COLUMNS = "id, station_id, kind, status, request_id, received_at";
    private static final Listing<ReportedStatus> LISTING = new Listing<>("security_status_reports", COLUMNS,
            "id DESC", (row, ctx) -> new ReportedStatus(row.getLong("id"), StationId.of(row.getString("station_id")),
                    enumValue(row, "kind", ReportedStatus.Kind.class), row.getString("status"),
                    nullableInt(row, "request_id"), instant(row, "received_at")));

    private final Jdbi jdbi;

    public PgReportedStatusRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public ReportedStatus append(ReportedStatus status) {
        long id = jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO security_status_reports (station_id, kind, status, request_id, received_at)
                        VALUES (:station, :kind, :status, :requestId, :receivedAt)""")
                .bind("station", status.stationId().value())
                .bind("kind", status.kind().name())
                .bind("status", status.status())
                .bind("requestId", status.requestId())
                .bind("receivedAt", status.receivedAt())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        return new ReportedStatus(id, status.stationId(), status.kind(), status.status(), status.requestId(),
                status.receivedAt());
    }

    @Override
    public Page<ReportedStatus> list(StationId station, ReportedStatus.Kind kind, PageRequest page) {
        Where where = new Where().and("station_id = :station", "station", station.value())
                .and("kind = :kind", "kind", kind.name());
        return jdbi.inTransaction(handle -> LISTING.page(handle, where, page));
    }
}
