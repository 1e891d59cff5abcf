package io.gridcharge.sim.charger;

import static io.gridcharge.sim.charger.Fixtures.NOON;
import static io.gridcharge.sim.charger.Fixtures.aVisit;
import static io.gridcharge.sim.charger.Fixtures.anAcCharger;
import static io.gridcharge.sim.charger.Fixtures.runMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarChargingOnAWallboxTest {

    @Test
    void aHalfFullCarTakesTheWallboxsFullPowerAndItsStateOfChargeRises() {
        ChargerModel wallbox = anAcCharger("WB", 1);
        wallbox.plugIn(aVisit("A", 0.5, 20_000, Duration.ofHours(8)), NOON);

        runMinutes(wallbox, NOON, 60);

        assertThat(wallbox.powerW(1)).isEqualTo(11_000, within(60.0));
        assertThat(wallbox.soc(1)).isEqualTo(0.5 + 11_000 / 60_000.0, within(0.01));
        assertThat(wallbox.state(1)).isEqualTo(ConnectorState.CHARGING);
    }

    @Test
    void aboveTheTaperPointThePowerFallsTowardsFull() {
        ChargerModel wallbox = anAcCharger("WB", 1);
        wallbox.plugIn(aVisit("A", 0.85, 60_000, Duration.ofHours(8)), NOON);
        runMinutes(wallbox, NOON, 1);
        double at85 = wallbox.powerW(1);

        runMinutes(wallbox, NOON.plusSeconds(60), 30);

        assertThat(at85).isLessThan(11_000 * 0.8);
        assertThat(wallbox.powerW(1)).isLessThan(at85);
        assertThat(wallbox.soc(1)).isLessThan(1.0);
    }

    @Test
    void aCarThatHasWhatItAskedForSuspendsAndTheMeterCountsExactlyTheEnergyItGot() {
        ChargerModel wallbox = anAcCharger("WB", 1);
        wallbox.plugIn(aVisit("A", 0.2, 5_000, Duration.ofHours(2)), NOON);

        runMinutes(wallbox, NOON, 60);

        assertThat(wallbox.state(1)).isEqualTo(ConnectorState.SUSPENDED_EV);
        assertThat(wallbox.registerWh(1) - 1_000).isEqualTo(5_000);
    }

    @Test
    void theCarLeavingEndsTheTransactionAndFreesTheConnectorWithTheMeterReadingsOfTheEnergyDelivered() {
        ChargerModel wallbox = anAcCharger("WB", 1);
        List<String> statuses = new ArrayList<>();
        wallbox.attach(new StationEvents() {
            @Override
            public void statusChanged(int connectorId, ConnectorState state, Instant at) {
                statuses.add(state.name());
            }
        }, ChargingLimits.NONE);
        wallbox.plugIn(aVisit("A", 0.7, 5_000, Duration.ofMinutes(90)), NOON);

        runMinutes(wallbox, NOON, 120);

        CompletedTransaction done = wallbox.completedTransactions().getFirst();
        assertThat(done.reason()).isEqualTo(StopReason.EV_DISCONNECTED);
        assertThat(done.energyWh()).isEqualTo(wallbox.outcomes().getFirst().deliveredWh()).isPositive();
        assertThat(wallbox.state(1)).isEqualTo(ConnectorState.AVAILABLE);
        assertThat(statuses).containsSubsequence("PREPARING", "CHARGING", "SUSPENDED_EV", "FINISHING", "AVAILABLE");
    }

    @Test
    void aRemoteStopEndsTheTransactionAtTheNextStepAndTheCarDoesNotStartAgain() {
        ChargerModel wallbox = anAcCharger("WB", 1);
        wallbox.plugIn(aVisit("A", 0.2, 40_000, Duration.ofHours(8)), NOON);
        Instant at = runMinutes(wallbox, NOON, 10);

        assertThat(wallbox.stop(wallbox.transactionOn(1).orElseThrow().localId(), StopReason.REMOTE)).isTrue();
        runMinutes(wallbox, at, 10);

        assertThat(wallbox.transactionOn(1)).isEmpty();
        assertThat(wallbox.state(1)).isEqualTo(ConnectorState.FINISHING);
        assertThat(wallbox.completedTransactions()).singleElement()
                .satisfies(t -> assertThat(t.reason()).isEqualTo(StopReason.REMOTE));
    }

    @Test
    void aFaultEndsTheTransactionAndTheCarChargesOnInANewOneAfterTheChargerRecovers() {
        ChargerModel wallbox = anAcCharger("WB", 1);
        wallbox.plugIn(aVisit("A", 0.2, 20_000, Duration.ofHours(8)), NOON);
        Instant at = runMinutes(wallbox, NOON, 10);

        wallbox.fault(at);
        at = runMinutes(wallbox, at, 20);
        ConnectorState duringFault = wallbox.state(1);
        double powerDuringFault = wallbox.powerW(1);
        wallbox.recover(at);
        runMinutes(wallbox, at, 10);

        assertThat(duringFault).isEqualTo(ConnectorState.FAULTED);
        assertThat(powerDuringFault).isZero();
        assertThat(wallbox.completedTransactions()).singleElement()
                .satisfies(t -> assertThat(t.reason()).isEqualTo(StopReason.OTHER));
        assertThat(wallbox.transactionOn(1)).isPresent();
        assertThat(wallbox.state(1)).isEqualTo(ConnectorState.CHARGING);
    }

    @Test
    void aCarFindingEveryConnectorTakenIsTurnedAway() {
        ChargerModel wallbox = anAcCharger("WB", 1);

        assertThat(wallbox.plugIn(aVisit("A", 0.2, 10_000, Duration.ofHours(8)), NOON)).isTrue();
        assertThat(wallbox.plugIn(aVisit("B", 0.2, 10_000, Duration.ofHours(8)), NOON)).isFalse();
    }

    @Test
    void aReservedConnectorWaitsForItsDriver() {
        ChargerModel wallbox = anAcCharger("WB", 1);
        wallbox.advance(NOON, Duration.ofMinutes(1));

        assertThat(wallbox.reserve(0, 7, "TAG-B", NOON.plusSeconds(3600))).isEqualTo(ChargerModel.Reservation.ACCEPTED);

        assertThat(wallbox.plugIn(aVisit("A", 0.2, 10_000, Duration.ofHours(8)), NOON)).isFalse();
        assertThat(wallbox.plugIn(aVisit("B", 0.2, 10_000, Duration.ofHours(8)), NOON)).isTrue();
        assertThat(wallbox.transactionOn(1).orElseThrow().reservationId()).isEqualTo(7);
    }
}
