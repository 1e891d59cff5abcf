package io.gridcharge.domain.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.domain.authorization.AuthorizeToken;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.TokenAdministration;
import io.gridcharge.domain.authorization.TokenStatus;
import io.gridcharge.domain.charging.StartTransaction;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.command.CommandFailure;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.event.InProcessEventBus;
import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.RegistrationStatus;
import io.gridcharge.domain.station.Station;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.testing.Fakes.ManualClock;
import io.gridcharge.domain.testing.InMemoryReservations;
import io.gridcharge.domain.testing.InMemoryStations;
import io.gridcharge.domain.testing.InMemoryTokens;
import io.gridcharge.domain.testing.InMemoryTransactions;
import io.gridcharge.domain.testing.ScriptedStationCommands;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReservationTest {
    private static final StationId CP1 = StationId.of("CP-1");
    private static final StationId CP2 = StationId.of("CP-2");
    private static final IdToken ALICE = IdToken.of("ALICE");
    private static final IdToken BOB = IdToken.of("BOB");
    private static final IdToken FLEET = IdToken.of("FLEET-7");

    private final ManualClock clock = new ManualClock();
    private final InMemoryStations stations = new InMemoryStations();
    private final InMemoryTokens tokens = new InMemoryTokens();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryReservations reservations = new InMemoryReservations();
    private final ScriptedStationCommands station = new ScriptedStationCommands();
    private final InProcessEventBus events = new InProcessEventBus();
    private final ReserveConnector reserve = new ReserveConnector(reservations, stations, station, clock);
    private final CancelReservation cancel = new CancelReservation(reservations, station, clock);
    private final ReservationHistory history = new ReservationHistory(reservations, clock);
    private final StartTransaction start = new StartTransaction(transactions, new AuthorizeToken(tokens, clock),
            events, clock);
    private final Instant inAnHour = clock.instant().plus(Duration.ofHours(1));

    @BeforeEach
    void twoStationsAndTwoDriversOfOneFleet() {
        stations.insert(Station.registered(CP1, null, null, RegistrationStatus.ACCEPTED, clock.instant()));
        stations.insert(Station.registered(CP2, null, null, RegistrationStatus.ACCEPTED, clock.instant()));
        var admin = new TokenAdministration(tokens, clock);
        admin.issue(ALICE, TokenStatus.ACCEPTED, null, FLEET);
        admin.issue(BOB, TokenStatus.ACCEPTED, null, FLEET);
        admin.issue(IdToken.of("CAROL"), TokenStatus.ACCEPTED, null, null);
        events.subscribe(new UseReservation(reservations, tokens));
    }

    @Test
    void aReservationTheStationAcceptsIsActiveAndCarriesThePlatformsId() {
        Reservation made = reserve.reserve(CP1, 1, ALICE, null, inAnHour);

        assertThat(made.status()).isEqualTo(ReservationStatus.ACTIVE);
        assertThat(made.stationAnswer()).isEqualTo("Accepted");
        var sent = (StationCommand.ReserveNow) station.sent().getFirst().command();
        assertThat(sent.reservationId()).isEqualTo(made.id());
        assertThat(sent.connectorId()).isEqualTo(1);
        assertThat(history.get(made.id())).isEqualTo(made);
    }

    @Test
    void aReservationTheStationRefusesIsKeptAsRejectedWithItsAnswer() {
        for (String answer : new String[] {"Faulted", "Occupied", "Unavailable", "Rejected"}) {
            station.answer(answer);
            Reservation refused = reserve.reserve(CP1, 1, ALICE, null, inAnHour);

            assertThat(refused.status()).isEqualTo(ReservationStatus.REJECTED);
            assertThat(refused.stationAnswer()).isEqualTo(answer);
        }
        assertThat(history.list(new ReservationQuery(CP1, ReservationStatus.ACTIVE), PageRequest.first(10)).total())
                .isZero();
    }

    @Test
    void aStationThatIsNotConnectedGetsNoReservationAndNothingIsRecorded() {
        station.failWith(new CommandFailure.NotConnected(CP1));

        assertThatThrownBy(() -> reserve.reserve(CP1, 1, ALICE, null, inAnHour))
                .isInstanceOf(CommandFailure.NotConnected.class);
        assertThat(history.list(ReservationQuery.all(), PageRequest.first(10)).total()).isZero();
    }

    @Test
    void anExpiryInThePastOrAnUnknownStationIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> reserve.reserve(CP1, 1, ALICE, null, clock.instant()))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> reserve.reserve(StationId.of("NOPE"), 1, ALICE, null, inAnHour))
                .isInstanceOf(NotFound.class);
        assertThat(station.sent()).isEmpty();
    }

    @Test
    void anActiveReservationPastItsExpiryReadsAsExpired() {
        Reservation made = reserve.reserve(CP1, 1, ALICE, null, inAnHour);

        clock.advance(Duration.ofMinutes(61));

        assertThat(history.get(made.id()).status()).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(history.list(new ReservationQuery(null, ReservationStatus.EXPIRED), PageRequest.first(10))
                .items()).extracting(Reservation::id).containsExactly(made.id());
    }

    @Test
    void aTransactionStartedWithTheReservationIdUsesTheReservation() {
        Reservation made = reserve.reserve(CP1, 1, ALICE, null, inAnHour);

        Transaction started = start.start(CP1, 1, null, ALICE, 0, clock.instant(), made.id()).transaction();

        Reservation used = history.get(made.id());
        assertThat(used.status()).isEqualTo(ReservationStatus.USED);
        assertThat(used.transactionId()).isEqualTo(started.id());
    }

    @Test
    void aStationReservationIsUsedByATransactionOnAnyConnector() {
        Reservation made = reserve.reserve(CP1, 0, ALICE, null, inAnHour);

        start.start(CP1, 2, null, ALICE, 0, clock.instant(), made.id());

        assertThat(history.get(made.id()).status()).isEqualTo(ReservationStatus.USED);
    }

    @Test
    void anotherTokenOfTheReservedParentIdTagUsesTheReservation() {
        Reservation made = reserve.reserve(CP1, 1, ALICE, FLEET, inAnHour);

        start.start(CP1, 1, null, BOB, 0, clock.instant(), made.id());

        assertThat(history.get(made.id()).status()).isEqualTo(ReservationStatus.USED);
    }

    @Test
    void aStartForAnotherTokenIsAnsweredOnItsOwnMeritsAndLeavesTheReservationActive() {
        Reservation made = reserve.reserve(CP1, 1, ALICE, null, inAnHour);

        var started = start.start(CP1, 1, null, IdToken.of("CAROL"), 0, clock.instant(), made.id());

        assertThat(started.authorization().accepted()).isTrue();
        assertThat(history.get(made.id()).status()).isEqualTo(ReservationStatus.ACTIVE);
    }

    @Test
    void aStartNamingTheReservationOfAnotherStationOrConnectorLeavesItActive() {
        Reservation made = reserve.reserve(CP1, 1, ALICE, null, inAnHour);

        start.start(CP2, 1, null, ALICE, 0, clock.instant(), made.id());
        start.start(CP1, 2, null, ALICE, 5, clock.instant(), made.id());

        assertThat(history.get(made.id()).status()).isEqualTo(ReservationStatus.ACTIVE);
    }

    @Test
    void aStartReportedLateUsesTheReservationItBeganUnderEvenAfterItExpired() {
        Reservation made = reserve.reserve(CP1, 1, ALICE, null, inAnHour);
        Instant startedOffline = clock.instant().plus(Duration.ofMinutes(30));
        clock.advance(Duration.ofHours(2));

        start.start(CP1, 1, null, ALICE, 0, startedOffline, made.id());

        assertThat(history.get(made.id()).status()).isEqualTo(ReservationStatus.USED);
    }

    @Test
    void aCancelledReservationEndsWhenTheStationAcceptsTheCancellation() {
        Reservation made = reserve.reserve(CP1, 1, ALICE, null, inAnHour);

        var cancelled = cancel.cancel(made.id());

        assertThat(cancelled.stationAnswer()).isEqualTo("Accepted");
        assertThat(cancelled.reservation().status()).isEqualTo(ReservationStatus.CANCELLED);
        assertThat(station.sent().getLast().command()).isEqualTo(new StationCommand.CancelReservation(made.id()));
    }

    @Test
    void aCancellationTheStationRejectsLeavesTheRecordForTheStartOrExpiryToSettle() {
        Reservation made = reserve.reserve(CP1, 1, ALICE, null, inAnHour);
        station.answer("Rejected");

        var refused = cancel.cancel(made.id());

        assertThat(refused.stationAnswer()).isEqualTo("Rejected");
        assertThat(refused.reservation().status()).isEqualTo(ReservationStatus.ACTIVE);
    }

    @Test
    void onlyAnActiveReservationCanBeCancelled() {
        Reservation made = reserve.reserve(CP1, 1, ALICE, null, inAnHour);
        clock.advance(Duration.ofHours(2));

        assertThatThrownBy(() -> cancel.cancel(made.id())).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> cancel.cancel(999)).isInstanceOf(NotFound.class);
    }

    @Test
    void aReservationTheStationReportsExpiredEarlyReadsExpiredFromThen() {
        EndReservation end = new EndReservation(reservations, clock);
        Reservation made = reserve.reserve(CP1, 1, ALICE, null, inAnHour);

        boolean ended = end.end(CP1, made.id(), EndReservation.Why.EXPIRED);

        assertThat(ended).isTrue();
        assertThat(history.get(made.id()).status()).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(end.end(CP1, made.id(), EndReservation.Why.EXPIRED)).isFalse();
    }

    @Test
    void aReservationTheStationRemovedIsCancelledButOnlyByItsOwnStation() {
        EndReservation end = new EndReservation(reservations, clock);
        Reservation made = reserve.reserve(CP1, 1, ALICE, null, inAnHour);

        boolean byAnother = end.end(CP2, made.id(), EndReservation.Why.REMOVED);
        boolean byItsOwn = end.end(CP1, made.id(), EndReservation.Why.REMOVED);

        assertThat(byAnother).isFalse();
        assertThat(byItsOwn).isTrue();
        assertThat(history.get(made.id()).status()).isEqualTo(ReservationStatus.CANCELLED);
    }
}
