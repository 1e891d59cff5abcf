package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.instant;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.charging.OrphanStop;
import io.gridcharge.domain.charging.OrphanStopRepository;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.Jdbi;

/** {@link OrphanStopRepository} on PostgreSQL: table {@code orphan_stops}. */
public final class PgOrphanStopRepository implements OrphanStopRepository {
    private static final String COLUMNS = "id, station_id, transaction_id, meter_stop_wh, stopped_at, reason, "
            + "stopped_by, samples, received_at";
    private static final Listing<OrphanStop> LISTING =
            new Listing<>("orphan_stops", COLUMNS, "id DESC", (row, ctx) -> orphanStopOf(row));

    private final Jdbi jdbi;

    public PgOrphanStopRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** ON CONFLICT DO NOTHING, then read: the first record of a resent stop wins even when both race. */
    @Override
    public OrphanStop record(OrphanStop stop) {
        return jdbi.inTransaction(handle -> {
            handle.createUpdate("""
                            INSERT INTO orphan_stops (station_id, transaction_id, meter_stop_wh, stopped_at, reason,
                                                      stopped_by, samples, received_at)
                            VALUES (:stationId, :transactionId, :meterStopWh, :stoppedAt, :reason, :stoppedBy,
                                    :samples, :receivedAt)
                            ON CONFLICT ON CONSTRAINT orphan_stops_same_stop DO NOTHING""")
                    .bind("stationId", stop.stationId().value())
                    .bind("transactionId", stop.transactionId())
                    .bind("meterStopWh", stop.meterStopWh())
                    .bind("stoppedAt", stop.stoppedAt())
                    .bind("reason", stop.reason())
                    .bind("stoppedBy", stop.stoppedBy() == null ? null : stop.stoppedBy().value())
                    .bind("samples", stop.samples())
                    .bind("receivedAt", stop.receivedAt())
                    .execute();
            return handle.createQuery("SELECT " + COLUMNS + """
                             FROM orphan_stops
                            WHERE station_id = :stationId AND transaction_id = :transactionId
                              AND stopped_at = :stoppedAt""")
                    .bind("stationId", stop.stationId().value())
                    .bind("transactionId", stop.transactionId())
                    .bind("stoppedAt", stop.stoppedAt())
                    .map((row, ctx) -> orphanStopOf(row))
                    .one();
        });
    }

    @Override
    public Page<OrphanStop> list(StationId stationId, PageRequest page) {
        Where where = new Where().and("station_id = :stationId", "stationId",
                stationId == null ? null : stationId.value());
        return jdbi.inTransaction(handle -> LISTING.page(handle, where, page));
    }

    private static OrphanStop orphanStopOf(ResultSet row) throws SQLException {
        String stoppedBy = row.getString("stopped_by");
        return new OrphanStop(row.getLong("id"), StationId.of(row.getString("station_id")),
                row.getLong("transaction_id"), row.getLong("meter_stop_wh"), instant(row, "stopped_at"),
                row.getString("reason"), stoppedBy == null ? null : IdToken.of(stoppedBy), row.getInt("samples"),
                instant(row, "received_at"));
    }
}
