package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.enumValue;
import static io.gridcharge.store.repository.Columns.instant;
import static io.gridcharge.store.repository.Columns.name;
import static io.gridcharge.store.repository.Columns.nullableLong;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.reservation.Reservation;
import io.gridcharge.domain.reservation.ReservationQuery;
import io.gridcharge.domain.reservation.ReservationRepository;
import io.gridcharge.domain.reservation.ReservationStatus;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** {@link ReservationRepository} on PostgreSQL: table {@code reservations}, ids from sequence {@code reservation_ids}. */
public final class PgReservationRepository implements ReservationRepository {
    private static final String COLUMNS = "id, station_id, connector_id, id_token, parent_id_token, expires_at, status, "
            + "station_answer, transaction_id, created_at, connector_type";
    private static final Listing<Reservation> LISTING =
            new Listing<>("reservations", COLUMNS, "id DESC", (row, ctx) -> reservationOf(row));

    private final Jdbi jdbi;

    public PgReservationRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public int nextId() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT nextval('reservation_ids')::integer")
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public void insert(Reservation reservation) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO reservations (id, station_id, connector_id, id_token, parent_id_token, expires_at,
                                                  status, station_answer, transaction_id, created_at, connector_type)
                        VALUES (:id, :stationId, :connectorId, :idToken, :parentIdToken, :expiresAt, :status,
                                :stationAnswer, :transactionId, :createdAt, :connectorType)""")
                .bind("id", reservation.id())
                .bind("stationId", reservation.stationId().value())
                .bind("connectorId", reservation.connectorId())
                .bind("idToken", reservation.idToken().value())
                .bind("parentIdToken", reservation.parentIdToken() == null ? null : reservation.parentIdToken().value())
                .bind("expiresAt", reservation.expiresAt())
                .bind("status", name(reservation.status()))
                .bind("stationAnswer", reservation.stationAnswer())
                .bind("transactionId", reservation.transactionId())
                .bind("createdAt", reservation.createdAt())
                .bind("connectorType", reservation.connectorType())
                .execute());
    }

    @Override
    public Optional<Reservation> find(int id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM reservations WHERE id = :id")
                .bind("id", id)
                .map((row, ctx) -> reservationOf(row))
                .findOne());
    }

    @Override
    public boolean markUsed(int id, long transactionId, Instant at) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE reservations SET status = 'USED', transaction_id = :transactionId
                        WHERE id = :id AND status = 'ACTIVE' AND expires_at > :at""")
                .bind("id", id)
                .bind("transactionId", transactionId)
                .bind("at", at)
                .execute()) > 0;
    }

    @Override
    public boolean markCancelled(int id) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "UPDATE reservations SET status = 'CANCELLED' WHERE id = :id AND status = 'ACTIVE'")
                .bind("id", id)
                .execute()) > 0;
    }

    @Override
    public boolean markExpired(int id, Instant at) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE reservations SET expires_at = :at
                        WHERE id = :id AND status = 'ACTIVE' AND expires_at > :at""")
                .bind("id", id)
                .bind("at", at)
                .execute()) > 0;
    }

    @Override
    public Page<Reservation> list(ReservationQuery query, Instant asOf, PageRequest page) {
        Where where = new Where()
                .and("station_id = :stationId", "stationId", query.stationId() == null ? null : query.stationId().value());
        if (query.status() == ReservationStatus.ACTIVE) {
            where.and("status = 'ACTIVE' AND expires_at > :asOf", "asOf", asOf);
        } else if (query.status() == ReservationStatus.EXPIRED) {
            where.and("status = 'ACTIVE' AND expires_at <= :asOf", "asOf", asOf);
        } else {
            where.and("status = :status", "status", query.status() == null ? null : name(query.status()));
        }
        return jdbi.inTransaction(handle -> LISTING.page(handle, where, page));
    }

    private static Reservation reservationOf(ResultSet row) throws SQLException {
        String parent = row.getString("parent_id_token");
        return new Reservation(row.getInt("id"), StationId.of(row.getString("station_id")), row.getInt("connector_id"),
                IdToken.of(row.getString("id_token")), parent == null ? null : IdToken.of(parent),
                instant(row, "expires_at"), enumValue(row, "status", ReservationStatus.class),
                row.getString("station_answer"), nullableLong(row, "transaction_id"), instant(row, "created_at"),
                row.getString("connector_type"));
    }
}
