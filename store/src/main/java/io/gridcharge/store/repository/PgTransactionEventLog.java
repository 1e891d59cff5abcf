package io.gridcharge.store.repository;

import io.gridcharge.domain.charging.LoggedTransactionEvent;
import io.gridcharge.domain.charging.TransactionEvent;
import io.gridcharge.domain.charging.TransactionEventLog;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link TransactionEventLog} on PostgreSQL: table {@code transaction_events}. Events are appended through the
 * stations' {@link Writes}, so with group commit they share a commit with the other stations' writes.
 */
public final class PgTransactionEventLog implements TransactionEventLog {
    private final Jdbi jdbi;
    private final Writes writes;

    public PgTransactionEventLog(Jdbi jdbi) {
        this(jdbi, Writes.eachOnItsOwn(jdbi));
    }

    public PgTransactionEventLog(Jdbi jdbi, Writes writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    /** ON CONFLICT DO NOTHING on the key: a repeat, even racing the first, leaves the first as it was. */
    @Override
    public Appended append(long transactionId, TransactionEvent event, Instant receivedAt) {
        // The SELECT sees the transaction's events as they were before this statement: the new one is added below.
        return writes.inTransaction(handle -> handle.createQuery("""
                        WITH kept AS (
                            INSERT INTO transaction_events (station_id, station_transaction_id, seq_no, transaction_id,
                                event_type, occurred_at, trigger_reason, offline, charging_state, evse_id, id_token,
                                id_token_type, stopped_reason, samples, received_at)
                            VALUES (:stationId, :stationTransactionId, :seqNo, :transactionId, :eventType, :occurredAt,
                                :triggerReason, :offline, :chargingState, :evseId, :idToken, :idTokenType,
                                :stoppedReason, :samples, :receivedAt)
                            ON CONFLICT (station_id, station_transaction_id, seq_no) DO NOTHING
                            RETURNING seq_no)
                        SELECT (SELECT count(*) FROM kept) AS kept, count(e.seq_no) AS before,
                            coalesce(max(e.seq_no), -1) AS top
                        FROM transaction_events e
                        WHERE e.station_id = :stationId AND e.station_transaction_id = :stationTransactionId""")
                .bind("stationId", event.stationId().value())
                .bind("stationTransactionId", event.stationTransactionId())
                .bind("seqNo", event.seqNo())
                .bind("transactionId", transactionId)
                .bind("eventType", event.kind().name())
                .bind("occurredAt", event.at())
                .bind("triggerReason", event.triggerReason())
                .bind("offline", event.offline())
                .bind("chargingState", event.chargingState())
                .bind("evseId", event.evseId())
                .bind("idToken", event.idToken() == null ? null : event.idToken().value())
                .bind("idTokenType", event.idTokenType())
                .bind("stoppedReason", event.stoppedReason())
                .bind("samples", event.samples().size())
                .bind("receivedAt", receivedAt)
                .map((row, ctx) -> {
                    boolean kept = row.getLong("kept") == 1;
                    long count = row.getLong("before") + (kept ? 1 : 0);
                    long top = kept ? Math.max(row.getLong("top"), event.seqNo()) : row.getLong("top");
                    return new Appended(kept, count == top + 1);
                })
                .one());
    }

    @Override
    public List<Integer> missingSeqNos(StationId stationId, String stationTransactionId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT n FROM generate_series(0, (SELECT max(seq_no) FROM transaction_events
                                                          WHERE station_id = :stationId
                                                            AND station_transaction_id = :txId) - 1) AS n
                        WHERE NOT EXISTS (SELECT 1 FROM transaction_events
                                          WHERE station_id = :stationId AND station_transaction_id = :txId
                                            AND seq_no = n)
                        ORDER BY n""")
                .bind("stationId", stationId.value())
                .bind("txId", stationTransactionId)
                .mapTo(Integer.class)
                .list());
    }

    @Override
    public List<LoggedTransactionEvent> events(long transactionId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT station_transaction_id, event_type, seq_no, occurred_at, trigger_reason, offline,
                            charging_state, evse_id, id_token, id_token_type, stopped_reason, samples, received_at
                        FROM transaction_events WHERE transaction_id = :transactionId
                        ORDER BY station_transaction_id, seq_no""")
                .bind("transactionId", transactionId)
                .map((row, ctx) -> new LoggedTransactionEvent(row.getString("station_transaction_id"),
                        TransactionEvent.Kind.valueOf(row.getString("event_type")), row.getInt("seq_no"),
                        Columns.instant(row, "occurred_at"), row.getString("trigger_reason"), row.getBoolean("offline"),
                        row.getString("charging_state"), Columns.nullableInt(row, "evse_id"), row.getString("id_token"),
                        row.getString("id_token_type"), row.getString("stopped_reason"), row.getInt("samples"),
                        Columns.instant(row, "received_at")))
                .list());
    }
}
