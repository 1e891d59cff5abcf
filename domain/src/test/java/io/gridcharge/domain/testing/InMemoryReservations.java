package io.gridcharge.domain.testing;

import io.gridcharge.domain.reservation.Reservation;
import io.gridcharge.domain.reservation.ReservationQuery;
import io.gridcharge.domain.reservation.ReservationRepository;
import io.gridcharge.domain.reservation.ReservationStatus;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** ReservationRepository in memory, with the PostgreSQL one's compare-and-set contract. */
public final class InMemoryReservations implements ReservationRepository {
    private final Map<Integer, Reservation> reservations = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    @Override
    public int nextId() {
        return ids.incrementAndGet();
    }

    @Override
    public void insert(Reservation reservation) {
        if (reservations.putIfAbsent(reservation.id(), reservation) != null) {
            throw new IllegalStateException("reservation " + reservation.id() + " exists");
        }
    }

    @Override
    public Optional<Reservation> find(int id) {
        return Optional.ofNullable(reservations.get(id));
    }

    @Override
    public synchronized boolean markUsed(int id, long transactionId, Instant at) {
        Reservation r = reservations.get(id);
        if (r == null || !r.isActiveAt(at)) {
            return false;
        }
        reservations.put(id, copy(r, ReservationStatus.USED, transactionId));
        return true;
    }

    @Override
    public synchronized boolean markCancelled(int id) {
        Reservation r = reservations.get(id);
        if (r == null || r.status() != ReservationStatus.ACTIVE) {
            return false;
        }
        reservations.put(id, copy(r, ReservationStatus.CANCELLED, null));
        return true;
    }

    @Override
    public synchronized boolean markExpired(int id, Instant at) {
        Reservation r = reservations.get(id);
        if (r == null || !r.isActiveAt(at)) {
            return false;
        }
        reservations.put(id, new Reservation(r.id(), r.stationId(), r.connectorId(), r.idToken(), r.parentIdToken(),
                at, r.status(), r.stationAnswer(), r.transactionId(), r.createdAt(), r.connectorType()));
        return true;
    }

    @Override
    public Page<Reservation> list(ReservationQuery query, Instant asOf, PageRequest page) {
        List<Reservation> matches = reservations.values().stream()
                .filter(r -> query.stationId() == null || r.stationId().equals(query.stationId()))
                .filter(r -> query.status() == null || r.at(asOf).status() == query.status())
                .sorted(Comparator.comparing(Reservation::id).reversed())
                .toList();
        List<Reservation> items = matches.stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(items, page.page(), page.size(), matches.size());
    }

    private static Reservation copy(Reservation r, ReservationStatus status, Long transactionId) {
        return new Reservation(r.id(), r.stationId(), r.connectorId(), r.idToken(), r.parentIdToken(), r.expiresAt(),
                status, r.stationAnswer(), transactionId, r.createdAt(), r.connectorType());
    }
}
