package io.gridcharge.app.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import io.gridcharge.bench.PlatformRegistration;
import io.gridcharge.sim.charger.ChargerModel;
import io.gridcharge.sim.charger.ChargerSpec;
import io.gridcharge.sim.charger.ConnectorState;
import io.gridcharge.sim.charger.CurrentType;
import io.gridcharge.sim.ev.ChargingCurve;
import io.gridcharge.sim.ev.EvModel;
import io.gridcharge.sim.ev.EvVisit;
import io.gridcharge.sim.link.LinkProfile;
import io.gridcharge.sim.ocpp16.Ocpp16Station;
import io.gridcharge.sim.run.SimulationClock;
import io.gridcharge.sim.station.StationLog;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The platform's commands reach a simulated charger over real OCPP and change what it does: a charging profile
 * lowers the car's power, a remote stop ends the transaction the platform then records, a reset makes it boot
 * again. The model is stepped by hand (unpaced clock), so nothing here depends on timing but delivery.
 */
class SimulatedChargerObeysThePlatformIT {
    @RegisterExtension
    static final PlatformFixture PLATFORM = PlatformFixture.onItsOwnDatabase();

    private static final Instant START = Instant.parse("2021-06-15T06:00:00Z");
    private static final EvModel CAR = new EvModel("compact", 60_000, 11_000, 3, 100_000, false);
    private static int stations;

    private final ApiClient api = PLATFORM.admin();
    private final SimulationClock clock = SimulationClock.unpaced(START);
    private String stationId;
    private ChargerModel model;
    private Ocpp16Station station;
    private Instant now = START;

    @BeforeEach
    void aBootedChargerWithACarCharging() throws Exception {
        stationId = "SIM-CMD-" + ++stations;
        String card = "SIMCARD-" + stations; // a card in a transaction elsewhere would be ConcurrentTx
        new PlatformRegistration(URI.create(PLATFORM.httpUrl()))
                .register(PlatformFixture.ADMIN_PASSWORD, List.of(stationId), null, List.of(card));
        model = new ChargerModel(new ChargerSpec(stationId, CurrentType.AC, 2, 11_000, 3), ChargingCurve.TYPICAL,
                Duration.ofMinutes(5), 50_000);
        station = new Ocpp16Station(model, URI.create(PLATFORM.ocppUrl()), null, LinkProfile.LAN, 1, clock,
                StationLog.SILENT);
        station.start(Duration.ofSeconds(30));
        model.plugIn(new EvVisit("v1", CAR, START, START.plus(Duration.ofHours(8)), 30_000, 0.2, card), START);
        step();
        assertThat(station.drain(Duration.ofSeconds(20))).isTrue();
        assertThat(api.get("/api/v1/transactions/" + platformTransactionId()).body().path("status").asText())
                .isEqualTo("Active");
    }

    @AfterEach
    void close() {
        station.close();
    }

    private void step() throws InterruptedException {
        clock.awaitSimulated(now);
        model.advance(now, Duration.ofMinutes(1));
        now = now.plus(Duration.ofMinutes(1));
    }

    private long platformTransactionId() {
        return station.transactionId(model.transactionOn(1).orElseThrow().localId()).orElseThrow();
    }

    @Test
    void aCardAlreadyChargingElsewhereIsRefusedAndTheChargerStopsTheTransaction() throws Exception {
        model.plugIn(new EvVisit("v2", CAR, now, now.plus(Duration.ofHours(8)), 30_000, 0.2,
                model.transactionOn(1).orElseThrow().idTag()), now);
        step();
        assertThat(station.drain(Duration.ofSeconds(20))).isTrue();
        step();
        assertThat(station.drain(Duration.ofSeconds(20))).isTrue();

        var second = model.completedTransactions().getFirst();
        assertThat(second.transaction().connectorId()).isEqualTo(2);
        assertThat(second.reason()).isEqualTo(io.gridcharge.sim.charger.StopReason.DEAUTHORIZED);
        assertThat(model.transactionOn(1)).isPresent();
    }

    @Test
    void aTxDefaultProfileFromThePlatformLowersTheCarsPower() throws InterruptedException {
        double before = model.powerW(1);
        var reply = api.post("/api/v1/stations/" + stationId + "/charging-profiles", Map.of("connectorId", 1,
                "chargingProfile", Map.of("chargingProfileId", 7, "stackLevel", 0,
                        "chargingProfilePurpose", "TxDefaultProfile", "chargingProfileKind", "Relative",
                        "chargingSchedule", Map.of("chargingRateUnit", "A",
                                "chargingSchedulePeriod", List.of(Map.of("startPeriod", 0, "limit", 10))))));
        step();

        assertThat(reply.text("status")).as(reply.toString()).isEqualTo("Accepted");
        assertThat(before).isEqualTo(11_000, within(60.0));
        assertThat(model.powerW(1)).isEqualTo(10 * 230 * 3, within(60.0));
        assertThat(station.schedule().size()).isEqualTo(1);
    }

    @Test
    void aRemoteStopEndsTheTransactionAndThePlatformRecordsItsEnergy() throws InterruptedException {
        long transactionId = platformTransactionId();
        for (int i = 0; i < 20; i++) {
            step();
        }

        var reply = api.post("/api/v1/stations/" + stationId + "/commands/remote-stop",
                Map.of("transactionId", transactionId));
        step();
        assertThat(station.drain(Duration.ofSeconds(20))).isTrue();

        var recorded = api.get("/api/v1/transactions/" + transactionId).body();
        var done = model.completedTransactions().getFirst();
        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(model.state(1)).isEqualTo(ConnectorState.FINISHING);
        assertThat(recorded.path("status").asText()).isEqualTo("Completed");
        assertThat(recorded.path("stopReason").asText()).isEqualTo("Remote");
        assertThat(recorded.path("energyWh").asLong()).isEqualTo(done.energyWh()).isGreaterThan(3_000);
    }

    @Test
    void aResetEndsTheTransactionAndTheChargerBootsAgainAndChargesOnInANewOne() throws InterruptedException {
        long first = platformTransactionId();
        String bootedAt = api.get("/api/v1/stations/" + stationId).body().path("lastBootAt").asText();

        var reply = api.post("/api/v1/stations/" + stationId + "/commands/reset", Map.of("type", "Soft"));
        step();
        await().atMost(Duration.ofSeconds(20)).until(() -> !api.get("/api/v1/stations/" + stationId).body()
                .path("lastBootAt").asText().equals(bootedAt));
        assertThat(station.drain(Duration.ofSeconds(20))).isTrue();

        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(api.get("/api/v1/transactions/" + first).body().path("stopReason").asText()).isEqualTo("SoftReset");
        assertThat(platformTransactionId()).isNotEqualTo(first);
    }
}
