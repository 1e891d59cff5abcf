package io.gridcharge.domain.reservation;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.RegisteredToken;
import io.gridcharge.domain.authorization.TokenRepository;
import io.gridcharge.domain.charging.ChargingEvents;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.event.DomainEvent;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * A transaction that a station started with a reservationId ends that reservation (OCPP 1.6 §4.8, §5.13):
 * the reservation becomes used and names the transaction. Listens to the charging context's
 * TransactionStarted (and ReservationNamed: a 2.0.1 transaction may name its reservation in a later event), so
 * charging knows nothing of reservations.
 *
 * <p>§5.13 makes the station the one that refuses a reserved connector to other drivers: it starts a
 * transaction on it only for the reserved idTag or one with the same parent idTag. The StartTransaction.conf
 * idTagInfo is the platform's verdict on the token itself (§4.8), whatever the reservation, so a start that
 * names a reservation of another token, another station or another connector is booked and answered as any
 * other; it leaves the reservation as it was and is logged as the station's mistake.
 */
public final class UseReservation implements Consumer<DomainEvent> {
    private static final Logger LOG = Logger.getLogger(UseReservation.class.getName());

    private final ReservationRepository reservations;
    private final TokenRepository tokens;

    public UseReservation(ReservationRepository reservations, TokenRepository tokens) {
        this.reservations = reservations;
        this.tokens = tokens;
    }

    @Override
    public void accept(DomainEvent event) {
        if (event instanceof ChargingEvents.TransactionStarted started) {
            use(started.transaction());
        } else if (event instanceof ChargingEvents.ReservationNamed named) {
            use(named.transaction());
        }
    }

    /** True when the transaction used (or had already used) the reservation it names. */
    public boolean use(Transaction transaction) {
        if (transaction.reservationId() == null) {
            return false;
        }
        int id = transaction.reservationId();
        Optional<Reservation> found = reservations.find(id)
                .filter(r -> r.stationId().equals(transaction.stationId()));
        if (found.isEmpty()) {
            warn(transaction, "which the platform did not make for this station");
            return false;
        }
        Reservation reservation = found.get();
        if (reservation.status() == ReservationStatus.USED) {
            // A resent StartTransaction gets the same transaction: nothing more to do.
            boolean same = Long.valueOf(transaction.id()).equals(reservation.transactionId());
            if (!same) {
                warn(transaction, "which transaction " + reservation.transactionId() + " used already");
            }
            return same;
        }
        if (!reservation.covers(transaction.connectorId())) {
            warn(transaction, "which holds connector " + reservation.connectorId());
            return false;
        }
        // A 2.0.1 transaction may start before its token is known (E02); its reservation is the station's word then.
        IdToken parent = transaction.idToken() == null ? null
                : tokens.find(transaction.idToken()).map(RegisteredToken::groupId).orElse(null);
        if (transaction.idToken() != null && !reservation.isFor(transaction.idToken(), parent)) {
            warn(transaction, "which is for another idTag (OCPP 1.6 §5.13: the station should have refused it)");
            return false;
        }
        if (!reservations.markUsed(id, transaction.id(), transaction.startedAt())) {
            warn(transaction, "which was no longer active when the transaction started");
            return false;
        }
        return true;
    }

    private static void warn(Transaction transaction, String why) {
        LOG.warning(() -> "station " + transaction.stationId() + ": transaction " + transaction.id()
                + " names reservation " + transaction.reservationId() + ", " + why + "; the reservation is unchanged");
    }
}
