package io.gridcharge.domain.reservation;

import io.gridcharge.domain.command.AwaitedReply;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * An operator cancels an active reservation (OCPP 1.6 §5.2). The station's Accepted ends it. Its Rejected
 * means the station holds no such reservation (§5.2) — it may have just been used by a transaction whose
 * StartTransaction is still on its way, or expired on the station's clock — so the platform's record is left
 * as it is, to be settled by that StartTransaction or by the expiry; the answer tells the operator.
 */
public final class CancelReservation {
    public record Cancellation(String stationAnswer, Reservation reservation) {
    }

    private final ReservationRepository reservations;
    private final StationCommands commands;
    private final Clock clock;

    public CancelReservation(ReservationRepository reservations, StationCommands commands, Clock clock) {
        this.reservations = reservations;
        this.commands = commands;
        this.clock = clock;
    }

    public Cancellation cancel(int reservationId) {
        Instant now = clock.instant();
        Reservation reservation = reservations.find(reservationId)
                .orElseThrow(() -> new NotFound("reservation", reservationId)).at(now);
        if (reservation.status() != ReservationStatus.ACTIVE) {
            throw new Conflict("reservation " + reservationId + " is "
                    + reservation.status().name().toLowerCase(Locale.ROOT) + ", not active");
        }
        CommandReply reply = AwaitedReply.of(
                commands.send(reservation.stationId(), new StationCommand.CancelReservation(reservationId)));
        if (ReserveConnector.ACCEPTED.equals(reply.status())) {
            reservations.markCancelled(reservationId);
        }
        Reservation after = reservations.find(reservationId).orElseThrow().at(clock.instant());
        return new Cancellation(reply.status(), after);
    }
}
