package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Fixtures.aStart;
import static io.gridcharge.store.repository.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.reservation.Reservation;
import io.gridcharge.domain.reservation.ReservationQuery;
import io.gridcharge.domain.reservation.ReservationStatus;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PgReservationRepositoryIT {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private PgReservationRepository reservations;
    private PgTransactionRepository transactions;

    @BeforeEach
    void emptyDatabase() {
        Fixtures.emptyAllTables(db.jdbi());
        reservations = new PgReservationRepository(db.jdbi());
        transactions = new PgTransactionRepository(db.jdbi());
    }

    @Test
    void aReservationIsFoundAsMadeWithItsParentIdTagAndTheStationsAnswer() {
        Reservation made = aReservation(reservations.nextId(), "CP-1", ReservationStatus.ACTIVE, "FLEET");

        reservations.insert(made);

        assertThat(reservations.find(made.id())).contains(made);
        assertThat(reservations.find(made.id() + 1)).isEmpty();
    }

    @Test
    void reservationIdsAreNeverGivenTwice() {
        int first = reservations.nextId();
        int second = reservations.nextId();

        assertThat(second).isGreaterThan(first);
        assertThat(first).isPositive();
    }

    @Test
    void anActiveReservationIsUsedOnceAndNamesItsTransaction() {
        Reservation made = aReservation(reservations.nextId(), "CP-1", ReservationStatus.ACTIVE, null);
        reservations.insert(made);
        long transaction = transactions.start(aStart("CP-1").build()).id();

        boolean used = reservations.markUsed(made.id(), transaction, minutes(10));
        boolean again = reservations.markUsed(made.id(), transaction, minutes(11));

        assertThat(used).isTrue();
        assertThat(again).isFalse();
        Reservation found = reservations.find(made.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(ReservationStatus.USED);
        assertThat(found.transactionId()).isEqualTo(transaction);
    }

    @Test
    void aReservationPastItsExpiryCannotBeUsedOrCancelledTwice() {
        Reservation made = aReservation(reservations.nextId(), "CP-1", ReservationStatus.ACTIVE, null);
        reservations.insert(made);
        long transaction = transactions.start(aStart("CP-1").build()).id();

        assertThat(reservations.markUsed(made.id(), transaction, minutes(61))).isFalse();
        assertThat(reservations.markCancelled(made.id())).isTrue();
        assertThat(reservations.markCancelled(made.id())).isFalse();
        assertThat(reservations.find(made.id()).orElseThrow().status()).isEqualTo(ReservationStatus.CANCELLED);
    }

    @Test
    void theListingFiltersByStationAndByStatusAsItStandsAtTheGivenTime() {
        Reservation a = aReservation(reservations.nextId(), "CP-1", ReservationStatus.ACTIVE, null);
        Reservation b = aReservation(reservations.nextId(), "CP-2", ReservationStatus.ACTIVE, null);
        Reservation c = aReservation(reservations.nextId(), "CP-1", ReservationStatus.REJECTED, null);
        reservations.insert(a);
        reservations.insert(b);
        reservations.insert(c);

        var ofCp1 = reservations.list(new ReservationQuery(StationId.of("CP-1"), null), minutes(0), PageRequest.first(10));
        var activeNow = reservations.list(new ReservationQuery(null, ReservationStatus.ACTIVE), minutes(0),
                PageRequest.first(10));
        var expiredLater = reservations.list(new ReservationQuery(null, ReservationStatus.EXPIRED), minutes(90),
                PageRequest.first(10));

        assertThat(ofCp1.items()).extracting(Reservation::id).containsExactly(c.id(), a.id());
        assertThat(activeNow.total()).isEqualTo(2);
        assertThat(expiredLater.items()).extracting(Reservation::id).containsExactly(b.id(), a.id());
    }

    private static Reservation aReservation(int id, String station, ReservationStatus status, String parent) {
        return new Reservation(id, StationId.of(station), 1, IdToken.of("ALICE"),
                parent == null ? null : IdToken.of(parent), minutes(60), status,
                status == ReservationStatus.REJECTED ? "Occupied" : "Accepted", null, minutes(0));
    }
}
