package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.enumValue;
import static io.gridcharge.store.repository.Columns.instant;
import static io.gridcharge.store.repository.Columns.name;
import static io.gridcharge.store.repository.Columns.nullableInt;
import static io.gridcharge.store.repository.Columns.nullableLong;

import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.charging.MeterSample;
import io.gridcharge.domain.charging.NewTransaction;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.charging.TransactionQuery;
import io.gridcharge.domain.charging.TransactionRepository;
import io.gridcharge.domain.charging.TransactionStatus;
import io.gridcharge.domain.charging.TransactionStop;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.station.StationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link TransactionRepository} on PostgreSQL: tables {@code transactions} and {@code meter_samples}. Each
 * method runs in one database transaction, committed before it returns.
 */
public final class PgTransactionRepository implements TransactionRepository {
    private static final String COLUMNS = """
            id, station_id, connector_id, station_transaction_id, id_token, start_authorization, reservation_id,
            meter_start_wh, started_at, meter_stop_wh, stopped_at, stop_reason, stopped_by, status""";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM transactions ";
    private static final Listing<Transaction> LISTING =
            new Listing<>("transactions", COLUMNS, "started_at DESC, id DESC", (row, ctx) -> transactionOf(row));

    private final Jdbi jdbi;
    private final Writes writes;

    public PgTransactionRepository(Jdbi jdbi) {
        this(jdbi, Writes.eachOnItsOwn(jdbi));
    }

    /** {@code writes} carries the writes of a station's messages: starts, stops and meter samples. */
    public PgTransactionRepository(Jdbi jdbi, Writes writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    /**
     * Inserts, or on a conflict with the same start (or the same 2.0.1 transaction id) returns the row there.
     * ON CONFLICT waits for a concurrent insert of the same start to commit, and the statement after it sees
     * that row: two copies of one StartTransaction arriving at once give one transaction.
     */
    @Override
    public Transaction start(NewTransaction start) {
        return writes.inTransaction(handle -> insertNew(handle, start)
                .or(() -> findSameStart(handle, start))
                .or(() -> findByStationTransactionId(handle, start.stationId(), start.stationTransactionId()))
                .orElseThrow(() -> new IllegalStateException("start of " + start + " neither inserted nor found")));
    }

    @Override
    public Optional<Transaction> find(long id) {
        return jdbi.withHandle(handle -> findById(handle, id));
    }

    @Override
    public Optional<Transaction> findByStationTransactionId(StationId stationId, String stationTransactionId) {
        return jdbi.withHandle(handle -> findByStationTransactionId(handle, stationId, stationTransactionId));
    }

    /** Only a row without a token is changed, so a token once given is never replaced. */
    @Override
    public Transaction identify(long id, IdToken idToken, AuthorizationStatus authorization) {
        return jdbi.inTransaction(handle -> {
            handle.createUpdate("""
                            UPDATE transactions SET id_token = :idToken, start_authorization = :authorization
                            WHERE id = :id AND id_token IS NULL""")
                    .bind("id", id)
                    .bind("idToken", idToken.value())
                    .bind("authorization", authorization.name())
                    .execute();
            return findById(handle, id).orElseThrow(() -> new IllegalStateException("no transaction " + id));
        });
    }

    /** Only a row on connector 0 is changed, so a transaction once placed stays on its EVSE. */
    @Override
    public Transaction locate(long id, int connectorId) {
        return jdbi.inTransaction(handle -> {
            handle.createUpdate("UPDATE transactions SET connector_id = :connectorId WHERE id = :id AND connector_id = 0")
                    .bind("id", id)
                    .bind("connectorId", connectorId)
                    .execute();
            return findById(handle, id).orElseThrow(() -> new IllegalStateException("no transaction " + id));
        });
    }

    /** Only an active row is changed: the energy of a stopped transaction is booked and stays as it is. */
    @Override
    public Transaction correctMeterStart(long id, long meterStartWh) {
        return jdbi.inTransaction(handle -> {
            handle.createUpdate("UPDATE transactions SET meter_start_wh = :meterStartWh WHERE id = :id AND status = 'ACTIVE'")
                    .bind("id", id)
                    .bind("meterStartWh", meterStartWh)
                    .execute();
            return findById(handle, id).orElseThrow(() -> new IllegalStateException("no transaction " + id));
        });
    }

    /** Only an active row without a reservation is changed. */
    @Override
    public Transaction reserve(long id, int reservationId) {
        return jdbi.inTransaction(handle -> {
            handle.createUpdate("""
                            UPDATE transactions SET reservation_id = :reservationId
                            WHERE id = :id AND reservation_id IS NULL AND status = 'ACTIVE'""")
                    .bind("id", id)
                    .bind("reservationId", reservationId)
                    .execute();
            return findById(handle, id).orElseThrow(() -> new IllegalStateException("no transaction " + id));
        });
    }

    @Override
    public List<Transaction> activeFor(IdToken idToken) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT
                        + "WHERE id_token = :idToken AND status = 'ACTIVE' ORDER BY started_at")
                .bind("idToken", idToken.value())
                .map((row, ctx) -> transactionOf(row))
                .list());
    }

    /**
     * Only an active row is updated; the row lock makes a concurrent second stop wait and then find it
     * completed, so the samples of a resent stop are never stored twice.
     */
    @Override
    public Transaction stop(long id, TransactionStop stop, List<MeterSample> samples) {
        Require.present(stop.stoppedAt(), "stoppedAt");
        return writes.inTransaction(handle -> {
            Optional<Transaction> stopped = handle.createQuery("""
                            UPDATE transactions SET meter_stop_wh = :meterStopWh, stopped_at = :stoppedAt,
                                stop_reason = :reason, stopped_by = :stoppedBy, status = 'COMPLETED'
                            WHERE id = :id AND status = 'ACTIVE'
                            RETURNING %s""".formatted(COLUMNS))
                    .bind("id", id)
                    .bind("meterStopWh", stop.meterStopWh())
                    .bind("stoppedAt", stop.stoppedAt())
                    .bind("reason", stop.reason())
                    .bind("stoppedBy", valueOf(stop.stoppedBy()))
                    .map((row, ctx) -> transactionOf(row))
                    .findOne();
            if (stopped.isEmpty()) {
                return findById(handle, id).orElseThrow(() -> new NotFound("transaction", id));
            }
            Transaction transaction = stopped.get();
            insertSamples(handle, transaction.stationId(), transaction.connectorId(), id, samples);
            return transaction;
        });
    }

    /** Newest first; {@code from} is inclusive and {@code to} exclusive, both on the start time. */
    @Override
    public Page<Transaction> list(TransactionQuery query, PageRequest page) {
        Where where = new Where()
                .and("station_id = :stationId", "stationId",
                        query.stationId() == null ? null : query.stationId().value())
                .and("status = :status", "status", name(query.status()))
                .and("started_at >= :from", "from", query.from())
                .and("started_at < :to", "to", query.to())
                .and("station_id = ANY(:stations)", "stations", query.stations() == null ? null
                        : query.stations().stream().map(StationId::value).toArray(String[]::new));
        return jdbi.inTransaction(handle -> LISTING.page(handle, where, page));
    }

    @Override
    public void appendSamples(StationId stationId, int connectorId, Long transactionId, List<MeterSample> samples) {
        if (!samples.isEmpty()) {
            writes.inTransaction(SAMPLES, new SampleRows(stationId, connectorId, transactionId, samples));
        }
    }

    /** In the order they were taken; samples of one instant in the order they were stored. */
    @Override
    public List<MeterSample> samplesOf(long transactionId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT sampled_at, measurand, phase, location, context, value, unit
                        FROM meter_samples WHERE transaction_id = :transactionId ORDER BY sampled_at, id""")
                .bind("transactionId", transactionId)
                .map((row, ctx) -> new MeterSample(instant(row, "sampled_at"), row.getString("measurand"),
                        row.getString("phase"), row.getString("location"), row.getString("context"),
                        row.getBigDecimal("value"), row.getString("unit")))
                .list());
    }

    private static Optional<Transaction> insertNew(Handle handle, NewTransaction start) {
        return handle.createQuery("""
                        INSERT INTO transactions (station_id, connector_id, station_transaction_id, id_token,
                            start_authorization, reservation_id, meter_start_wh, started_at, status)
                        VALUES (:stationId, :connectorId, :stationTransactionId, :idToken,
                            :startAuthorization, :reservationId, :meterStartWh, :startedAt, 'ACTIVE')
                        ON CONFLICT DO NOTHING
                        RETURNING %s""".formatted(COLUMNS))
                .bind("stationId", start.stationId().value())
                .bind("connectorId", start.connectorId())
                .bind("stationTransactionId", start.stationTransactionId())
                .bind("idToken", valueOf(start.idToken()))
                .bind("startAuthorization", name(start.startAuthorization()))
                .bind("reservationId", start.reservationId())
                .bind("meterStartWh", start.meterStartWh())
                .bind("startedAt", start.startedAt())
                .map((row, ctx) -> transactionOf(row))
                .findOne();
    }

    private static Optional<Transaction> findSameStart(Handle handle, NewTransaction start) {
        return handle.createQuery(SELECT + """
                        WHERE station_id = :stationId AND connector_id = :connectorId
                          AND started_at = :startedAt AND meter_start_wh = :meterStartWh""")
                .bind("stationId", start.stationId().value())
                .bind("connectorId", start.connectorId())
                .bind("startedAt", start.startedAt())
                .bind("meterStartWh", start.meterStartWh())
                .map((row, ctx) -> transactionOf(row))
                .findOne();
    }

    private static Optional<Transaction> findByStationTransactionId(Handle handle, StationId stationId,
                                                                    String stationTransactionId) {
        if (stationTransactionId == null) {
            return Optional.empty();
        }
        return handle.createQuery(SELECT
                        + "WHERE station_id = :stationId AND station_transaction_id = :stationTransactionId")
                .bind("stationId", stationId.value())
                .bind("stationTransactionId", stationTransactionId)
                .map((row, ctx) -> transactionOf(row))
                .findOne();
    }

    private static Optional<Transaction> findById(Handle handle, long id) {
        return handle.createQuery(SELECT + "WHERE id = :id")
                .bind("id", id)
                .map((row, ctx) -> transactionOf(row))
                .findOne();
    }

    /** One prepared statement, sent as one batch. */
    private record SampleRows(StationId stationId, int connectorId, Long transactionId, List<MeterSample> samples) {
    }

    /** The samples of many stations' MeterValues in one COPY (issue 5). */
    private static final Writes.Merged<SampleRows, Void> SAMPLES = (handle, messages) -> {
        CopyRows rows = samplesCopy();
        messages.forEach(m -> addSamples(rows, m.stationId(), m.connectorId(), m.transactionId(), m.samples()));
        rows.copyIn(handle);
        return Collections.nCopies(messages.size(), null);
    };

    private static CopyRows samplesCopy() {
        return new CopyRows("meter_samples",
                "transaction_id, station_id, connector_id, sampled_at, measurand, phase, location, context, value, unit");
    }

    private static void insertSamples(Handle handle, StationId stationId, int connectorId, Long transactionId,
                                      List<MeterSample> samples) {
        CopyRows rows = samplesCopy();
        addSamples(rows, stationId, connectorId, transactionId, samples);
        rows.copyIn(handle);
    }

    private static void addSamples(CopyRows rows, StationId stationId, int connectorId, Long transactionId,
                                   List<MeterSample> samples) {
        for (MeterSample sample : samples) {
            rows.value(transactionId)
                    .value(stationId.value())
                    .value(connectorId)
                    .value(sample.at())
                    .value(sample.measurand())
                    .value(sample.phase())
                    .value(sample.location())
                    .value(sample.context())
                    .value(sample.value().toPlainString())
                    .value(sample.unit())
                    .endRow();
        }
    }

    private static Transaction transactionOf(ResultSet row) throws SQLException {
        return new Transaction(row.getLong("id"), StationId.of(row.getString("station_id")),
                row.getInt("connector_id"), row.getString("station_transaction_id"),
                idToken(row.getString("id_token")), enumValue(row, "start_authorization", AuthorizationStatus.class),
                nullableInt(row, "reservation_id"), row.getLong("meter_start_wh"), instant(row, "started_at"),
                nullableLong(row, "meter_stop_wh"), instant(row, "stopped_at"), row.getString("stop_reason"),
                idToken(row.getString("stopped_by")), enumValue(row, "status", TransactionStatus.class));
    }

    private static IdToken idToken(String value) {
        return value == null ? null : IdToken.of(value);
    }

    private static String valueOf(IdToken idToken) {
        return idToken == null ? null : idToken.value();
    }
}
