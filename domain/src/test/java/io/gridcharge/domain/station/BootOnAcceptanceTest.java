package io.gridcharge.domain.station;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.command.CommandFailure;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.event.InProcessEventBus;
import io.gridcharge.domain.testing.Fakes;
import io.gridcharge.domain.testing.InMemoryStations;
import io.gridcharge.domain.testing.ScriptedStationCommands;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BootOnAcceptanceTest {
    private static final StationId CP1 = StationId.of("CP-1");
    private static final StationCommand BOOT_NOW =
            new StationCommand.TriggerMessage(StationCommand.TriggeredMessage.BOOT_NOTIFICATION, null);

    private final Fakes.ManualClock clock = new Fakes.ManualClock();
    private final InMemoryStations repository = new InMemoryStations();
    private final InProcessEventBus events = new InProcessEventBus();
    private final StationPresence presence = new StationPresence(clock, events, repository);
    private final ScriptedStationCommands station = new ScriptedStationCommands();
    private final StationAdministration stations = new StationAdministration(repository, Fakes.plainHasher(), events,
            clock);

    @BeforeEach
    void aPendingStation() {
        stations.register(CP1, null, null, RegistrationStatus.PENDING);
        events.subscribe(new BootOnAcceptance(presence, station));
    }

    @Test
    void acceptingAConnectedPendingStationAsksItToBootAgainNow() {
        presence.connected(CP1, "ocpp1.6");

        stations.change(CP1, null, null, RegistrationStatus.ACCEPTED);

        assertThat(station.sent()).containsExactly(new ScriptedStationCommands.Sent(CP1, BOOT_NOW));
    }

    @Test
    void aStationThatIsNotConnectedIsAcceptedAtItsNextBootWithoutBeingAsked() {
        stations.change(CP1, null, null, RegistrationStatus.ACCEPTED);

        assertThat(station.sent()).isEmpty();
        assertThat(stations.get(CP1).registration()).isEqualTo(RegistrationStatus.ACCEPTED);
    }

    @Test
    void otherChangesAskNothingOfTheStation() {
        presence.connected(CP1, "ocpp1.6");

        stations.change(CP1, "Car park level 2", null, null);
        stations.change(CP1, null, null, RegistrationStatus.REJECTED);
        stations.change(CP1, null, null, RegistrationStatus.ACCEPTED);

        assertThat(station.sent()).isEmpty();
    }

    @Test
    void aStationThatCannotBeAskedStaysAcceptedAndTheChangeSucceeds() {
        presence.connected(CP1, "ocpp1.6");
        station.failWith(new CommandFailure.NoAnswer(CP1, "TriggerMessage"));

        Station accepted = stations.change(CP1, null, null, RegistrationStatus.ACCEPTED);

        assertThat(accepted.registration()).isEqualTo(RegistrationStatus.ACCEPTED);
    }
}
