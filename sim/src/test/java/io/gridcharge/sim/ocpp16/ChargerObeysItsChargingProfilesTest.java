package io.gridcharge.sim.ocpp16;

import static io.gridcharge.sim.charger.Fixtures.NOON;
import static io.gridcharge.sim.charger.Fixtures.aVisit;
import static io.gridcharge.sim.charger.Fixtures.anAcCharger;
import static io.gridcharge.sim.charger.Fixtures.runMinutes;
import static io.gridcharge.sim.ocpp16.Profiles.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gridcharge.sim.charger.ChargerModel;
import io.gridcharge.sim.charger.ConnectorState;
import io.gridcharge.sim.charger.StationEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OCPP 1.6 §3.13: the composite of the profiles a station holds is what the car gets. */
class ChargerObeysItsChargingProfilesTest {
    private final Map<Integer, Integer> transactionIds = new ConcurrentHashMap<>();
    private final StationSchedule schedule = new StationSchedule(transactionIds);
    private ChargerModel charger;

    @BeforeEach
    void twoConnectorsWithACarEach() {
        charger = anAcCharger("CP", 2);
        charger.attach(StationEvents.NONE, schedule);
        charger.plugIn(aVisit("A", 0.2, 40_000, Duration.ofHours(8)), NOON);
        charger.plugIn(aVisit("B", 0.2, 40_000, Duration.ofHours(8)), NOON);
    }

    @Test
    void aTxDefaultProfileInAmperesLimitsEachConnectorOnItsThreePhases() {
        schedule.install(0, aProfile(1).period(0, "10").build(), null, NOON);

        runMinutes(charger, NOON, 5);

        assertThat(charger.powerW(1)).isEqualTo(10 * 230 * 3, within(60.0));
        assertThat(charger.powerW(2)).isEqualTo(10 * 230 * 3, within(60.0));
    }

    @Test
    void theScheduleMovesToItsNextPeriodAndBackToFullPowerAfterItsDuration() {
        schedule.install(0, aProfile(1).watts().duration(3600).period(0, "7000").period(1800, "5000").build(), null,
                NOON);

        Instant at = runMinutes(charger, NOON, 10);
        double first = charger.powerW(1);
        at = runMinutes(charger, at, 30);
        double second = charger.powerW(1);
        runMinutes(charger, at, 30);

        assertThat(first).isEqualTo(7000, within(60.0));
        assertThat(second).isEqualTo(5000, within(60.0));
        assertThat(charger.powerW(1)).isEqualTo(11_000, within(60.0));
    }

    @Test
    void aTxProfileOverridesTheDefaultForItsTransactionOnly() {
        int local = charger.transactionOn(1).orElseThrow().localId();
        transactionIds.put(local, 501);
        schedule.install(0, aProfile(1).period(0, "16").build(), null, NOON);

        boolean accepted = schedule.install(1, aProfile(2).txProfile(501).watts().period(0, "6000").build(),
                charger.transactionOn(1).orElseThrow(), NOON);
        runMinutes(charger, NOON, 5);

        assertThat(accepted).isTrue();
        assertThat(charger.powerW(1)).isEqualTo(6000, within(60.0));
        assertThat(charger.powerW(2)).isEqualTo(11_000, within(60.0));
    }

    @Test
    void aTxProfileForAnotherTransactionOrWithoutOneIsRejected() {
        transactionIds.put(charger.transactionOn(1).orElseThrow().localId(), 501);

        assertThat(schedule.install(1, aProfile(2).txProfile(999).period(0, "6").build(),
                charger.transactionOn(1).orElseThrow(), NOON)).isFalse();
        assertThat(schedule.install(0, aProfile(3).txProfile(null).period(0, "6").build(), null, NOON)).isFalse();
    }

    @Test
    void theHigherStackLevelWinsWhileItIsInForce() {
        schedule.install(0, aProfile(1).stackLevel(0).period(0, "16").build(), null, NOON);
        schedule.install(0, aProfile(2).stackLevel(1).watts().absoluteFrom(NOON).duration(600).period(0, "6000")
                .build(), null, NOON);

        Instant at = runMinutes(charger, NOON, 5);
        double during = charger.powerW(1);
        runMinutes(charger, at, 10);

        assertThat(during).isEqualTo(6000, within(60.0));
        assertThat(charger.powerW(1)).isEqualTo(11_000, within(60.0)); // 16 A x 3 x 230 V is above the car's 11 kW
    }

    @Test
    void theStationMaximumIsSharedByTheConnectorsThatCharge() {
        schedule.install(0, aProfile(1).stationMax().watts().absoluteFrom(NOON).period(0, "8000").build(), null, NOON);

        runMinutes(charger, NOON, 5);

        assertThat(charger.powerW(1) + charger.powerW(2)).isEqualTo(8000, within(120.0));
    }

    @Test
    void aLimitInWattsBelowSixAmperesOnEachOfThreePhasesAlsoPausesTheCar() {
        schedule.install(0, aProfile(1).watts().period(0, "4000").build(), null, NOON);

        runMinutes(charger, NOON, 5);

        assertThat(charger.powerW(1)).isZero();
    }

    @Test
    void belowSixAmperesTheCarPausesAsSuspendedByTheCharger() {
        schedule.install(0, aProfile(1).period(0, "4").build(), null, NOON);

        runMinutes(charger, NOON, 5);

        assertThat(charger.powerW(1)).isZero();
        assertThat(charger.state(1)).isEqualTo(ConnectorState.SUSPENDED_EVSE);
    }

    @Test
    void clearingTheProfileGivesTheCarItsFullPowerBack() {
        schedule.install(0, aProfile(1).period(0, "8").build(), null, NOON);
        Instant at = runMinutes(charger, NOON, 5);

        schedule.clear(new io.gridcharge.ocpp.v16.smartcharging.ClearChargingProfileRequest(1, null, null, null));
        runMinutes(charger, at, 5);

        assertThat(charger.powerW(1)).isEqualTo(11_000, within(60.0));
    }
}
