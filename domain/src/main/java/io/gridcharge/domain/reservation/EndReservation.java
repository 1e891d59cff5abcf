package io.gridcharge.domain.reservation;

import io.gridcharge.domain.station.StationId;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A station says a reservation ended without being used (OCPP 2.0.1 H04, ReservationStatusUpdate):
 * it expired, or it was removed (its EVSE went out of service, or it was taken over). An expired one reads as
 * EXPIRED from now on, even where the platform's clock had it a little longer; a removed one is cancelled. A
 * reservation of another station, or one no longer active, is left as it is and logged.
 */
public final class EndReservation {
    private static final Logger LOG = Logger.getLogger(EndReservation.class.getName());

    public enum Why { EXPIRED, REMOVED }

    private final ReservationRepository reservations;
    private final Clock clock;

    public EndReservation(ReservationRepository reservations, Clock clock) {
        this.reservations = reservations;
        this.clock = clock;
    }

    /** True when the reservation was active and is ended now. */
    public boolean end(StationId station, int reservationId, Why why) {
        Optional<Reservation> found = reservations.find(reservationId).filter(r -> r.stationId().equals(station));
        if (found.isEmpty()) {
            LOG.warning(() -> "station " + station + ": reports reservation " + reservationId + " " + why
                    + ", which the platform did not make for it");
            return false;
        }
        boolean ended = switch (why) {
            case EXPIRED -> reservations.markExpired(reservationId, clock.instant());
            case REMOVED -> reservations.markCancelled(reservationId);
        };
        if (!ended) {
            LOG.info(() -> "station " + station + ": reports reservation " + reservationId + " " + why
                    + ", which was " + found.get().status() + " already");
        }
        return ended;
    }
}
