package io.gridcharge.domain.reservation;

import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/** Where reservations are kept. Each method is one database transaction. */
public interface ReservationRepository {

    /** A reservation id never given before: OCPP 1.6 reservation ids are 32-bit integers (§6.37). */
    int nextId();

    void insert(Reservation reservation);

    Optional<Reservation> find(int id);

    /**
     * Marks an active, unexpired reservation used by a transaction; false, and nothing changed, when it is not
     * active at {@code at} any more (used, cancelled or expired meanwhile).
     */
    boolean markUsed(int id, long transactionId, Instant at);

    /** Marks a reservation cancelled; false, and nothing changed, when it was not active. */
    boolean markCancelled(int id);

    /**
     * Ends a reservation the station says expired before the platform's clock had it expire: its expiry becomes
     * {@code at}, so it reads as EXPIRED from then on; false, and nothing changed, when it was not active at
     * {@code at} (used, cancelled, or expired already).
     */
    boolean markExpired(int id, Instant at);

    /**
     * The reservations that match, newest first. A status filter is applied as the reservations stand at
     * {@code asOf}: ACTIVE means active and not expired, EXPIRED means active once and past its expiry.
     */
    Page<Reservation> list(ReservationQuery query, Instant asOf, PageRequest page);
}
