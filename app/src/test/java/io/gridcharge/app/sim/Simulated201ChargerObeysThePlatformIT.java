package io.gridcharge.app.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import io.gridcharge.bench.PlatformRegistration;
import io.gridcharge.sim.charger.ChargerModel;
import io.gridcharge.sim.charger.ChargerSpec;
import io.gridcharge.sim.charger.ConnectorState;
import io.gridcharge.sim.charger.CurrentType;
import io.gridcharge.sim.charger.StopReason;
import io.gridcharge.sim.ev.ChargingCurve;
import io.gridcharge.sim.ev.EvModel;
import io.gridcharge.sim.ev.EvVisit;
import io.gridcharge.sim.link.LinkProfile;
import io.gridcharge.sim.ocpp201.Ocpp201Station;
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
 * Issue 4: a simulated charger speaking OCPP 2.0.1 does what the platform's operator asks through the API, as a
 * 1.6 one does ({@link SimulatedChargerObeysThePlatformIT}): a remote start reaches it and a car charges under
 * it, a charging profile lowers the car's power, a remote stop ends the charge the platform then records with
 * its energy, a refused card stops the transaction, a reset reboots it. The model is stepped by hand.
 */
class Simulated201ChargerObeysThePlatformIT {
    @RegisterExtension
    static final PlatformFixture PLATFORM = PlatformFixture.onItsOwnDatabase();

    private static final Instant START = Instant.parse("2021-06-15T06:00:00Z");
    private static final EvModel CAR = new EvModel("compact", 60_000, 11_000, 3, 100_000, false);
    private static int stations;

    private final ApiClient api = PLATFORM.admin();
    private final SimulationClock clock = SimulationClock.unpaced(START);
    private String stationId;
    private String card;
    private ChargerModel model;
    private Ocpp201Station station;
    private Instant now = START;

    @BeforeEach
    void aBooted201Charger() throws Exception {
        stationId = "SIM201-" + ++stations;
        card = "SIM201CARD-" + stations;
        new PlatformRegistration(URI.create(PLATFORM.httpUrl()))
                .register(PlatformFixture.ADMIN_PASSWORD, List.of(stationId), null, List.of(card));
        model = new ChargerModel(new ChargerSpec(stationId, CurrentType.AC, 2, 11_000, 3), ChargingCurve.TYPICAL,
                Duration.ofMinutes(5), 50_000);
        station = new Ocpp201Station(model, URI.create(PLATFORM.ocppUrl()), null, LinkProfile.LAN, 1, clock,
                StationLog.SILENT);
        station.start(Duration.ofSeconds(30));
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

    private void carArrives(String idTag) throws InterruptedException {
        model.plugIn(new EvVisit("v-" + idTag, CAR, now, now.plus(Duration.ofHours(8)), 30_000, 0.2, idTag), now);
        step();
        assertThat(station.drain(Duration.ofSeconds(20))).isTrue();
    }

    /** The platform's record of the transaction now on connector 1, found by the id the station gave it. */
    private JsonNode recordedOnConnector1() {
        String own = station.transactionId(model.transactionOn(1).orElseThrow().localId()).orElseThrow();
        return recorded(own);
    }

    private JsonNode recorded(String stationTransactionId) {
        for (JsonNode tx : api.get("/api/v1/transactions?size=200").body().path("items")) {
            if (tx.path("stationTransactionId").asText().equals(stationTransactionId)) {
                return tx;
            }
        }
        throw new AssertionError("the platform has no transaction " + stationTransactionId);
    }

    @Test
    void itBootsAsAnOcpp201StationWithOneConnectorPerEvse() {
        JsonNode shown = api.get("/api/v1/stations/" + stationId).body();

        assertThat(shown.path("connected").asBoolean()).isTrue();
        assertThat(shown.path("protocol").asText()).isEqualTo("ocpp2.0.1");
        assertThat(shown.path("boot").path("vendor").asText()).isEqualTo("GridCharge");
        assertThat(shown.path("connectors").findValuesAsText("connectorId")).containsExactly("1", "2");
        assertThat(shown.path("connectors").findValuesAsText("status")).containsExactly("Available", "Available");
    }

    @Test
    void aStationThePlatformHoldsPendingBootsAgainUntilTheOperatorAcceptsIt() throws Exception {
        String pendingId = "SIM201-PENDING";
        new PlatformRegistration(URI.create(PLATFORM.httpUrl()))
                .register(PlatformFixture.ADMIN_PASSWORD, List.of(pendingId), null, List.of());
        assertThat(api.patch("/api/v1/stations/" + pendingId, Map.of("registration", "Pending")).status())
                .isEqualTo(200);
        var pendingModel = new ChargerModel(new ChargerSpec(pendingId, CurrentType.AC, 1, 11_000, 3),
                ChargingCurve.TYPICAL, Duration.ofMinutes(5), 0);
        try (var pending = new Ocpp201Station(pendingModel, URI.create(PLATFORM.ocppUrl()), null, LinkProfile.LAN,
                2, clock, StationLog.SILENT)) {
            // Not on the common pool: the JDK's WebSocket handshake completes on it, and start() waits there.
            var booting = java.util.concurrent.CompletableFuture.runAsync(() -> pending.start(Duration.ofSeconds(40)),
                    runnable -> Thread.ofVirtual().start(runnable));
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    api.get("/api/v1/stations/" + pendingId).body().path("connected").asBoolean());
            // B02: while Pending it asks again after the interval (at most 5 s here) and does not count as booted
            await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(8)).until(() -> !booting.isDone());
            boolean bootedWhilePending = booting.isDone();

            assertThat(api.patch("/api/v1/stations/" + pendingId, Map.of("registration", "Accepted")).status())
                    .isEqualTo(200);
            booting.get(30, java.util.concurrent.TimeUnit.SECONDS);

            JsonNode shown = api.get("/api/v1/stations/" + pendingId).body();
            assertThat(bootedWhilePending).isFalse();
            assertThat(shown.path("registration").asText()).isEqualTo("Accepted");
            assertThat(shown.path("protocol").asText()).isEqualTo("ocpp2.0.1");
            assertThat(shown.path("connectors").findValuesAsText("status")).containsExactly("Available");
        }
    }

    @Test
    void aRemoteStartThroughTheApiReachesTheStationAndTheCarThatArrivesChargesUnderIt() throws Exception {
        var reply = api.post("/api/v1/stations/" + stationId + "/commands/remote-start",
                Map.of("connectorId", 1, "idToken", card));
        carArrives("THE-CARS-OWN-CARD");
        step();

        JsonNode tx = recordedOnConnector1();
        JsonNode events = api.get("/api/v1/transactions/" + tx.path("id").asLong() + "/events").body();
        assertThat(reply.text("status")).as(reply.toString()).isEqualTo("Accepted");
        assertThat(model.state(1)).isEqualTo(ConnectorState.CHARGING);
        assertThat(model.powerW(1)).isGreaterThan(10_000);
        assertThat(tx.path("status").asText()).isEqualTo("Active");
        assertThat(tx.path("idToken").asText()).isEqualTo(card);
        assertThat(tx.path("meterStart").asLong()).isEqualTo(model.transactionOn(1).orElseThrow().meterStartWh());
        assertThat(events.path("items").get(0).path("triggerReason").asText()).isEqualTo("RemoteStart");
    }

    @Test
    void aRemoteStopEndsTheChargeAndThePlatformRecordsItsEnergy() throws Exception {
        carArrives(card);
        long id = recordedOnConnector1().path("id").asLong();
        for (int i = 0; i < 20; i++) {
            step();
        }

        var reply = api.post("/api/v1/stations/" + stationId + "/commands/remote-stop", Map.of("transactionId", id));
        step();
        assertThat(station.drain(Duration.ofSeconds(20))).isTrue();

        JsonNode recorded = api.get("/api/v1/transactions/" + id).body();
        var done = model.completedTransactions().getFirst();
        assertThat(reply.text("status")).as(reply.toString()).isEqualTo("Accepted");
        assertThat(done.reason()).isEqualTo(StopReason.REMOTE);
        assertThat(recorded.path("status").asText()).isEqualTo("Completed");
        assertThat(recorded.path("stopReason").asText()).isEqualTo("Remote");
        assertThat(recorded.path("energyWh").asLong()).isEqualTo(done.energyWh()).isGreaterThan(3_000);
    }

    @Test
    void aTxDefaultProfileFromThePlatformLowersTheCarsPower() throws Exception {
        carArrives(card);
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
    }

    @Test
    void theOperatorSetsItsHeartbeatIntervalReadsItBackAndTriggersItsStatus() {
        var set = api.post("/api/v1/stations/" + stationId + "/commands/change-configuration",
                Map.of("key", "OCPPCommCtrlr.HeartbeatInterval", "value", "90"));
        var read = api.post("/api/v1/stations/" + stationId + "/commands/get-configuration",
                Map.of("keys", List.of("OCPPCommCtrlr.HeartbeatInterval", "NoSuchCtrlr.Anything")));
        var trigger = api.post("/api/v1/stations/" + stationId + "/commands/trigger-message",
                Map.of("requestedMessage", "StatusNotification", "connectorId", 2));

        assertThat(set.text("status")).as(set.toString()).isEqualTo("Accepted");
        assertThat(read.body().path("configuration").findValuesAsText("value")).as(read.toString())
                .containsExactly("90");
        assertThat(read.body().toString()).contains("NoSuchCtrlr.Anything");
        assertThat(trigger.text("status")).as(trigger.toString()).isEqualTo("Accepted");
        assertThat(station.drain(Duration.ofSeconds(20))).isTrue();
    }

    @Test
    void aCardThePlatformDoesNotKnowIsRefusedAndTheStationStopsTheTransaction() throws Exception {
        carArrives("NOBODYS-CARD");
        step();
        assertThat(station.drain(Duration.ofSeconds(20))).isTrue();

        var done = model.completedTransactions().getFirst();
        JsonNode recorded = recorded(station.transactionId(done.transaction().localId()).orElseThrow());
        assertThat(done.reason()).isEqualTo(StopReason.DEAUTHORIZED);
        assertThat(recorded.path("status").asText()).isEqualTo("Completed");
        assertThat(recorded.path("stopReason").asText()).isEqualTo("DeAuthorized");
    }

    @Test
    void aHardResetEndsTheChargeRebootsTheStationAndTheCarChargesOnInANewTransaction() throws Exception {
        carArrives(card);
        String first = station.transactionId(model.transactionOn(1).orElseThrow().localId()).orElseThrow();
        String bootedAt = api.get("/api/v1/stations/" + stationId).body().path("lastBootAt").asText();

        var reply = api.post("/api/v1/stations/" + stationId + "/commands/reset", Map.of("type", "Hard"));
        step();
        await().atMost(Duration.ofSeconds(20)).until(() -> !api.get("/api/v1/stations/" + stationId).body()
                .path("lastBootAt").asText().equals(bootedAt));
        step();
        assertThat(station.drain(Duration.ofSeconds(20))).isTrue();

        assertThat(reply.text("status")).as(reply.toString()).isEqualTo("Accepted");
        assertThat(recorded(first).path("status").asText()).isEqualTo("Completed");
        assertThat(recorded(first).path("stopReason").asText()).isEqualTo("ImmediateReset");
        assertThat(recordedOnConnector1().path("status").asText()).isEqualTo("Active");
        assertThat(recordedOnConnector1().path("stationTransactionId").asText()).isNotEqualTo(first);
    }
}
