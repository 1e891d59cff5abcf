package io.gridcharge.domain.reservation;

import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import java.time.Clock;
import java.time.Instant;

/** Looking reservations up, each as it stands now (an active one past its expiry reads as expired). */
public final class ReservationHistory {
    private final ReservationRepository reservations;
    private final Clock clock;

    public ReservationHistory(ReservationRepository reservations, Clock clock) {
        this.reservations = reservations;
        this.clock = clock;
    }

    public Reservation get(int id) {
        return reservations.find(id).orElseThrow(() -> new NotFound("reservation", id)).at(clock.instant());
    }

    public Page<Reservation> list(ReservationQuery query, PageRequest page) {
        Instant now = clock.instant();
        return reservations.list(query, now, page).map(r -> r.at(now));
    }
}
