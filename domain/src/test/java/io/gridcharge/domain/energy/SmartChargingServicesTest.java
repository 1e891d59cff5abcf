package io.gridcharge.domain.energy;

import static io.gridcharge.domain.energy.Profiles.T0;
import static io.gridcharge.domain.energy.Profiles.aStationMax;
import static io.gridcharge.domain.energy.Profiles.aTxDefault;
import static io.gridcharge.domain.energy.Profiles.aTxProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.charging.ChargingEvents;
import io.gridcharge.domain.charging.NewTransaction;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.charging.TransactionStop;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.testing.Fakes;
import io.gridcharge.domain.testing.InMemoryChargingProfiles;
import io.gridcharge.domain.testing.InMemoryTransactions;
import io.gridcharge.domain.testing.ScriptedStationCommands;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The smart charging use cases over a scripted station: what is sent, and what the platform then holds. */
class SmartChargingServicesTest {
    private static final StationId STATION = StationId.of("CP-1");

    private final Fakes.ManualClock clock = new Fakes.ManualClock(T0);
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InstalledProfiles installed = new InstalledProfiles(new InMemoryChargingProfiles());
    private final ScriptedStationCommands station = new ScriptedStationCommands();
    private final InstallChargingProfile install = new InstallChargingProfile(station, installed, transactions);
    private final ClearChargingProfiles clear = new ClearChargingProfiles(station, installed);

    @Test
    void anAcceptedProfileIsHeldAndARejectedOneIsNot() {
        install.install(STATION, 0, aStationMax().id(1).on(0).profile()).join();
        station.answer("Rejected");
        install.install(STATION, 1, aTxDefault().id(2).build()).join();

        assertThat(held()).containsExactly(1);
    }

    @Test
    void aTxProfileIsSentForTheTransactionRunningOnItsConnector() {
        Transaction running = startOn(2);

        var installation = install.install(STATION, 2, aTxProfile().id(3).build()).join();

        var sent = station.sent(StationCommand.SetChargingProfile.class).getLast();
        assertThat(sent.profile().transactionId()).isEqualTo(running.id());
        assertThat(installation.sent().profile().transactionId()).isEqualTo(running.id());
        assertThat(installed.of(STATION).profiles().getFirst().profile().transactionId()).isEqualTo(running.id());
    }

    @Test
    void aTxProfileWithoutARunningTransactionIsAConflictAndNothingIsSent() {
        assertThatThrownBy(() -> install.install(STATION, 1, aTxProfile().build())).isInstanceOf(Conflict.class);
        Transaction running = startOn(1);
        assertThatThrownBy(() -> install.install(STATION, 1, aTxProfile().forTransaction(running.id() + 1).build()))
                .isInstanceOf(Conflict.class);

        assertThat(station.sent()).isEmpty();
    }

    @Test
    void anAcceptedClearForgetsTheMatchingProfilesAndUnknownChangesNothing() {
        install.install(STATION, 0, aStationMax().id(1).on(0).profile()).join();
        install.install(STATION, 1, aTxDefault().id(2).build()).join();

        station.answer("Unknown");
        clear.clear(STATION, ClearCriteria.byId(1)).join();
        assertThat(held()).containsExactlyInAnyOrder(1, 2);

        station.answer("Accepted");
        clear.clear(STATION, ClearCriteria.byId(1)).join();
        assertThat(held()).containsExactly(2);
    }

    @Test
    void theStationsCompositeScheduleComesWithThePlatformsExpectationFromTheSameStart() {
        install.install(STATION, 1, aTxDefault().id(2).period(0, "16").period(600, "8").build()).join();
        var reported = new CompositeSchedule(T0.plusSeconds(300), 900, ChargingRateUnit.AMPERES,
                List.of(new CompositePeriod(0, new BigDecimal("16"), null)));
        station.answer(StationCommand.GetCompositeSchedule.class,
                CommandReply.of("Accepted", new CompositeScheduleResult(1, reported)));

        var comparison = new CompareCompositeSchedule(station, installed, transactions, clock)
                .compare(STATION, 1, 900, null).join();

        assertThat(comparison.status()).isEqualTo("Accepted");
        assertThat(comparison.station().schedule()).isEqualTo(reported);
        assertThat(comparison.expected().start()).isEqualTo(T0.plusSeconds(300));
        assertThat(comparison.expected().periods()).containsExactly(
                new CompositePeriod(0, new BigDecimal("16"), null), new CompositePeriod(300, new BigDecimal("8"), null));
    }

    @Test
    void aRejectedCompositeScheduleStillShowsThePlatformsExpectationFromNow() {
        station.answer(StationCommand.GetCompositeSchedule.class,
                CommandReply.of("Rejected", new CompositeScheduleResult(null, null)));

        var comparison = new CompareCompositeSchedule(station, installed, transactions, clock)
                .compare(STATION, 1, 600, ChargingRateUnit.WATTS).join();

        assertThat(comparison.status()).isEqualTo("Rejected");
        assertThat(comparison.expected().start()).isEqualTo(T0);
        assertThat(comparison.expected().unit()).isEqualTo(ChargingRateUnit.WATTS);
    }

    @Test
    void thePlatformsExpectationAloneFollowsTheRunningTransactionsProfileWithoutAskingTheStation() {
        install.install(STATION, 0, aStationMax().id(1).period(0, "20").on(0).profile()).join();
        install.install(STATION, 1, aTxDefault().id(2).period(0, "16").build()).join();
        startOn(1);
        install.install(STATION, 1, aTxProfile().id(3).relative().period(0, "32").build()).join();
        int sent = station.sent().size();

        var expected = new CompareCompositeSchedule(station, installed, transactions, clock)
                .expected(STATION, 1, 600, ChargingRateUnit.AMPERES);

        assertThat(expected.start()).isEqualTo(T0);
        assertThat(expected.periods()).containsExactly(new CompositePeriod(0, new BigDecimal("20"), null));
        assertThat(station.sent()).hasSize(sent);
    }

    @Test
    void aRemoteStartsTxProfileIsHeldOnItsConnectorUntilTheTransactionEnds() {
        new RemoteStartWithProfile(station, installed)
                .start(STATION, new StationCommand.RemoteStart(1, IdToken.of("CARD-1"), aTxProfile().id(9).build()))
                .join();
        assertThat(held()).containsExactly(9);
        Transaction running = startOn(1);

        Transaction stopped = transactions.stop(running.id(), new TransactionStop(100, T0.plusSeconds(60), "Local",
                null), List.of());
        new TransactionProfilesEnd(installed).accept(new ChargingEvents.TransactionStopped(STATION, stopped, T0));

        assertThat(held()).isEmpty();
    }

    private List<Integer> held() {
        return installed.of(STATION).profiles().stream().map(p -> p.profile().id()).toList();
    }

    private Transaction startOn(int connectorId) {
        return transactions.start(new NewTransaction(STATION, connectorId, null, IdToken.of("CARD-1"),
                AuthorizationStatus.ACCEPTED, null, 0, T0.minusSeconds(60)));
    }
}
