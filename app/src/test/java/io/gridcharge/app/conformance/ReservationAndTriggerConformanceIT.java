package io.gridcharge.app.conformance;

import static io.gridcharge.app.conformance.ConformanceStations.PASSWORD;
import static io.gridcharge.app.conformance.ConformanceStations.status;
import static io.gridcharge.app.conformance.ConformanceStations.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.app.config.Setting;
import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reservation, Remote Trigger, the rest of Core (Pending boot accepted later, connector 0) and the offline and
 * power-failure cases, replayed against the platform by an independent station (ocpp-rpc in strict mode).
 * Test names carry the OCA OCPP 1.6 CSMS test case they replay.
 */
class ReservationAndTriggerConformanceIT {
    @RegisterExtension
    static final PlatformFixture PLATFORM = PlatformFixture.onItsOwnDatabase().with(Setting.HEARTBEAT_INTERVAL, "120");

    private final ApiClient api = PLATFORM.admin();

    @RegisterExtension
    final ConformanceStations stations = new ConformanceStations(PLATFORM, api, "RES");

    @Test
    void TC_046_CSMS_reservationOfAConnectorIsUsedByTheTransactionThatNamesIt() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("ReserveNow", Map.of("status", "Accepted"));
        Instant expiry = Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);

        var made = reserve(id, 1, card, null, expiry);
        JsonNode asked = station.awaitCall("ReserveNow");
        station.call("StatusNotification", status(1, "Reserved"));
        var started = station.call("StartTransaction", Map.of("connectorId", 1, "idTag", card, "meterStart", 100,
                "timestamp", Instant.now().toString(), "reservationId", made.body().path("id").asInt()));

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.text("status")).isEqualTo("Active");
        assertThat(asked.path("reservationId").asInt()).isEqualTo(made.body().path("id").asInt());
        assertThat(asked.path("connectorId").asInt()).isEqualTo(1);
        assertThat(asked.path("idTag").asText()).isEqualTo(card);
        assertThat(Instant.parse(asked.path("expiryDate").asText())).isEqualTo(expiry);
        assertThat(started.payload().path("idTagInfo").path("status").asText()).isEqualTo("Accepted");
        var used = api.get("/api/v1/reservations/" + made.body().path("id").asInt()).body();
        assertThat(used.path("status").asText()).isEqualTo("Used");
        assertThat(used.path("transactionId").asInt()).isEqualTo(started.payload().path("transactionId").asInt());
        assertThat(api.get("/api/v1/transactions/" + started.payload().path("transactionId").asInt()).body()
                .path("reservationId").asInt()).isEqualTo(made.body().path("id").asInt());
    }

    @Test
    void TC_047_CSMS_aReservationNotUsedBeforeItsExpiryIsShownExpired() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("ReserveNow", Map.of("status", "Accepted"));

        var made = reserve(id, 1, stations.issuedToken(), null, Instant.now().plusSeconds(2));
        station.call("StatusNotification", status(1, "Reserved"));

        assertThat(made.text("status")).isEqualTo("Active");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.get("/api/v1/reservations/" + made.body().path("id").asInt()).text("status"))
                        .isEqualTo("Expired"));
        station.call("StatusNotification", status(1, "Available"));
        assertThat(api.get("/api/v1/stations/" + id + "/reservations?status=Active").body().path("total").asInt())
                .isZero();
    }

    @Test
    void TC_048_1_CSMS_reservationOfAFaultedConnectorIsKeptAsRejectedWithTheStationsAnswer() {
        assertTheStationsRefusalIsKept("Faulted");
    }

    @Test
    void TC_048_2_CSMS_reservationOfAnOccupiedConnectorIsKeptAsRejectedWithTheStationsAnswer() {
        assertTheStationsRefusalIsKept("Occupied");
    }

    @Test
    void TC_048_3_CSMS_reservationOfAnUnavailableConnectorIsKeptAsRejectedWithTheStationsAnswer() {
        assertTheStationsRefusalIsKept("Unavailable");
    }

    @Test
    void TC_048_4_CSMS_reservationRejectedByTheStationIsKeptAsRejectedWithTheStationsAnswer() {
        assertTheStationsRefusalIsKept("Rejected");
    }

    @Test
    void TC_049_CSMS_reservationOfTheWholeChargePointIsUsedByATransactionOnAnyConnector() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("ReserveNow", Map.of("status", "Accepted"));

        var made = reserve(id, 0, card, null, Instant.now().plus(Duration.ofMinutes(30)));
        assertThat(station.awaitCall("ReserveNow").path("connectorId").asInt()).isZero();
        var started = station.call("StartTransaction", Map.of("connectorId", 2, "idTag", card, "meterStart", 0,
                "timestamp", Instant.now().toString(), "reservationId", made.body().path("id").asInt()));

        var used = api.get("/api/v1/reservations/" + made.body().path("id").asInt()).body();
        assertThat(used.path("status").asText()).isEqualTo("Used");
        assertThat(used.path("transactionId").asInt()).isEqualTo(started.payload().path("transactionId").asInt());
    }

    @Test
    void TC_051_CSMS_cancelReservationEndsTheReservationTheStationHolds() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("ReserveNow", Map.of("status", "Accepted"));
        station.answer("CancelReservation", Map.of("status", "Accepted"));
        int reservation = reserve(id, 1, stations.issuedToken(), null, Instant.now().plus(Duration.ofMinutes(30)))
                .body().path("id").asInt();

        var cancelled = api.delete("/api/v1/reservations/" + reservation);

        assertThat(station.awaitCall("ReserveNow").path("reservationId").asInt()).isEqualTo(reservation);
        assertThat(station.awaitCall("CancelReservation").path("reservationId").asInt()).isEqualTo(reservation);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("Accepted");
        assertThat(cancelled.body().path("reservation").path("status").asText()).isEqualTo("Cancelled");
    }

    @Test
    void TC_052_CSMS_cancelReservationRejectedByTheStationLeavesTheReservationAsItWas() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("ReserveNow", Map.of("status", "Accepted"));
        station.answer("CancelReservation", Map.of("status", "Rejected"));
        int reservation = reserve(id, 1, stations.issuedToken(), null, Instant.now().plus(Duration.ofMinutes(30)))
                .body().path("id").asInt();

        var refused = api.delete("/api/v1/reservations/" + reservation);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("status")).isEqualTo("Rejected");
        assertThat(api.get("/api/v1/reservations/" + reservation).text("status")).isEqualTo("Active");
    }

    @Test
    void TC_053_CSMS_aReservedConnectorIsUsedByAnotherTokenOfTheReservedParentIdTag() {
        String id = stations.registeredStation();
        String fleet = uniqueName("FLEET");
        String reservedCard = stations.issuedToken("Accepted", fleet);
        String colleaguesCard = stations.issuedToken("Accepted", fleet);
        ScriptedStation station = stations.bootedStation(id);
        station.answer("ReserveNow", Map.of("status", "Accepted"));
        int reservation = reserve(id, 1, reservedCard, fleet, Instant.now().plus(Duration.ofMinutes(30)))
                .body().path("id").asInt();

        var authorized = station.call("Authorize", Map.of("idTag", colleaguesCard));
        var started = station.call("StartTransaction", Map.of("connectorId", 1, "idTag", colleaguesCard,
                "meterStart", 0, "timestamp", Instant.now().toString(), "reservationId", reservation));

        assertThat(station.awaitCall("ReserveNow").path("parentIdTag").asText()).isEqualTo(fleet);
        assertThat(authorized.payload().path("idTagInfo").path("parentIdTag").asText()).isEqualTo(fleet);
        assertThat(started.payload().path("idTagInfo").path("status").asText()).isEqualTo("Accepted");
        assertThat(api.get("/api/v1/reservations/" + reservation).text("status")).isEqualTo("Used");
    }

    @Test
    void aStartNamingAReservationOfAnotherTokenIsAnsweredOnTheTokensOwnMeritsAndLeavesTheReservation() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("ReserveNow", Map.of("status", "Accepted"));
        int reservation = reserve(id, 1, stations.issuedToken(), null, Instant.now().plus(Duration.ofMinutes(30)))
                .body().path("id").asInt();

        var started = station.call("StartTransaction", Map.of("connectorId", 1, "idTag", stations.issuedToken(),
                "meterStart", 0, "timestamp", Instant.now().toString(), "reservationId", reservation));

        assertThat(started.payload().path("idTagInfo").path("status").asText()).isEqualTo("Accepted");
        assertThat(api.get("/api/v1/reservations/" + reservation).text("status")).isEqualTo("Active");
    }

    @Test
    void TC_054_CSMS_everyTriggerableMessageIsAskedForAndArrivesThroughTheOrdinaryHandlers() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("TriggerMessage", Map.of("status", "Accepted"));
        Map<String, Map<String, Object>> triggered = new java.util.LinkedHashMap<>();
        triggered.put("BootNotification", Map.of("chargePointVendor", "Acme", "chargePointModel", "W7"));
        triggered.put("DiagnosticsStatusNotification", Map.of("status", "Idle"));
        triggered.put("FirmwareStatusNotification", Map.of("status", "Idle"));
        triggered.put("Heartbeat", Map.of());
        triggered.put("MeterValues", Map.of("connectorId", 1, "meterValue", List.of(Map.of(
                "timestamp", Instant.now().toString(), "sampledValue", List.of(Map.of("value", "1500"))))));
        triggered.put("StatusNotification", status(1, "Available"));

        for (var message : triggered.entrySet()) {
            Map<String, Object> body = new HashMap<>(Map.of("requestedMessage", message.getKey()));
            if (message.getKey().equals("MeterValues") || message.getKey().equals("StatusNotification")) {
                body.put("connectorId", 1);
            }
            var reply = api.post("/api/v1/stations/" + id + "/commands/trigger-message", body);
            JsonNode asked = station.awaitCall("TriggerMessage");
            var sent = station.call(message.getKey(), message.getValue());

            assertThat(reply.status()).as(message.getKey()).isEqualTo(200);
            assertThat(reply.text("status")).isEqualTo("Accepted");
            assertThat(asked.path("requestedMessage").asText()).isEqualTo(message.getKey());
            assertThat(sent.isError()).as(message.getKey() + ": " + sent.message()).isFalse();
        }
        assertThat(api.get("/api/v1/stations/" + id).body().path("connectors").findValuesAsText("status"))
                .contains("Available");
    }

    @Test
    void TC_055_CSMS_aTriggerTheStationRejectsReturnsItsAnswer() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("TriggerMessage", Map.of("status", "Rejected"));

        var reply = api.post("/api/v1/stations/" + id + "/commands/trigger-message",
                Map.of("requestedMessage", "MeterValues", "connectorId", 4352));

        assertThat(station.awaitCall("TriggerMessage").path("connectorId").asInt()).isEqualTo(4352);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo("Rejected");
    }

    @Test
    void aPendingStationAcceptedByAnOperatorIsAskedToBootAgainAndIsAcceptedWithTheHeartbeatInterval() {
        String id = uniqueName("PENDING");
        assertThat(api.post("/api/v1/stations", Map.of("id", id, "password", PASSWORD, "registration", "Pending"))
                .status()).isEqualTo(201);
        ScriptedStation station = stations.connectedStation(id);
        station.answer("TriggerMessage", Map.of("status", "Accepted"));
        var pending = station.call("BootNotification", Map.of("chargePointVendor", "Acme", "chargePointModel", "W7"));
        var tooEarly = station.call("StatusNotification", status(0, "Available"));

        var accepted = api.patch("/api/v1/stations/" + id, Map.of("registration", "Accepted"));
        JsonNode asked = station.awaitCall("TriggerMessage");
        var reboot = station.call("BootNotification", Map.of("chargePointVendor", "Acme", "chargePointModel", "W7"));
        var connector0 = station.call("StatusNotification", status(0, "Unavailable"));

        assertThat(pending.text("status")).isEqualTo("Pending");
        assertThat(tooEarly.errorCode()).isEqualTo("SecurityError");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(asked.path("requestedMessage").asText()).isEqualTo("BootNotification");
        assertThat(reboot.text("status")).isEqualTo("Accepted");
        assertThat(reboot.payload().path("interval").asInt()).isEqualTo(120);
        assertThat(connector0.isError()).isFalse();
        JsonNode shown = api.get("/api/v1/stations/" + id).body().path("connectors").get(0);
        assertThat(shown.path("connectorId").asInt()).isZero();
        assertThat(shown.path("status").asText()).isEqualTo("Unavailable");
    }

    @Test
    void TC_032_1_CSMS_aStationRebootedAfterAPowerFailureStopsItsTransactionAndTheEnergyIsBooked() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation before = stations.bootedStation(id);
        Instant start = Instant.now().minusSeconds(1200).truncatedTo(ChronoUnit.SECONDS);
        before.call("StatusNotification", status(1, "Preparing"));
        int transactionId = before.call("StartTransaction", Map.of("connectorId", 1, "idTag", card,
                "meterStart", 20_000, "timestamp", start.toString())).payload().path("transactionId").asInt();
        before.call("StatusNotification", status(1, "Charging"));
        before.close();

        ScriptedStation after = stations.connectedStation(id);
        var boot = after.call("BootNotification", Map.of("chargePointVendor", "Acme", "chargePointModel", "W7"));
        after.call("StatusNotification", status(0, "Available"));
        after.call("StatusNotification", status(1, "Finishing"));
        var stopped = after.call("StopTransaction", Map.of("transactionId", transactionId, "idTag", card,
                "meterStop", 26_400, "timestamp", start.plusSeconds(900).toString(), "reason", "PowerLoss"));

        assertThat(boot.text("status")).isEqualTo("Accepted");
        assertThat(boot.payload().path("interval").asInt()).isEqualTo(120);
        assertThat(stopped.payload().path("idTagInfo").path("status").asText()).isEqualTo("Accepted");
        var transaction = api.get("/api/v1/transactions/" + transactionId).body();
        assertThat(transaction.path("status").asText()).isEqualTo("Completed");
        assertThat(transaction.path("stopReason").asText()).isEqualTo("PowerLoss");
        assertThat(transaction.path("energyWh").asLong()).isEqualTo(6_400);
    }

    @Test
    void TC_037_3_CSMS_aTransactionStartedOfflineWithAnInvalidTagAndStoppedDeAuthorizedIsBookedWithItsEnergy() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        Instant start = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.SECONDS);

        var started = station.call("StartTransaction", Map.of("connectorId", 1, "idTag", "NOT-A-VALID-ID",
                "meterStart", 1_000, "timestamp", start.toString()));
        int transactionId = started.payload().path("transactionId").asInt();
        station.call("StatusNotification", status(1, "Charging"));
        var stopped = station.call("StopTransaction", Map.of("transactionId", transactionId, "idTag", "NOT-A-VALID-ID",
                "meterStop", 1_250, "timestamp", start.plusSeconds(30).toString(), "reason", "DeAuthorized"));
        station.call("StatusNotification", status(1, "Finishing"));

        assertThat(started.payload().path("idTagInfo").path("status").asText()).isEqualTo("Invalid");
        assertThat(stopped.payload().path("idTagInfo").path("status").asText()).isEqualTo("Invalid");
        var transaction = api.get("/api/v1/transactions/" + transactionId).body();
        assertThat(transaction.path("stopReason").asText()).isEqualTo("DeAuthorized");
        assertThat(transaction.path("energyWh").asLong()).isEqualTo(250);
    }

    @Test
    void TC_039_CSMS_aTransactionStartedAndStoppedOfflineIsBookedAtTheStationsTimesWhenReported() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = stations.bootedStation(id);
        Instant start = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);

        var started = station.call("StartTransaction", Map.of("connectorId", 1, "idTag", card, "meterStart", 5_000,
                "timestamp", start.toString()));
        int transactionId = started.payload().path("transactionId").asInt();
        var stopped = station.call("StopTransaction", Map.of("transactionId", transactionId, "idTag", card,
                "meterStop", 17_000, "timestamp", start.plus(Duration.ofMinutes(50)).toString(), "reason", "Local"));

        assertThat(started.payload().path("idTagInfo").path("status").asText()).isEqualTo("Accepted");
        assertThat(stopped.isError()).isFalse();
        var transaction = api.get("/api/v1/transactions/" + transactionId).body();
        assertThat(Instant.parse(transaction.path("startedAt").asText())).isEqualTo(start);
        assertThat(Instant.parse(transaction.path("stoppedAt").asText())).isEqualTo(start.plus(Duration.ofMinutes(50)));
        assertThat(transaction.path("energyWh").asLong()).isEqualTo(12_000);
    }

    @Test
    void aStopForATransactionThePlatformNeverSawIsAnsweredAndKeptForAnOperator() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = stations.bootedStation(id);

        var stopped = station.call("StopTransaction", Map.of("transactionId", 987_654, "idTag", card,
                "meterStop", 4_200, "timestamp", Instant.now().toString(), "reason", "Reboot"));

        assertThat(stopped.payload().path("idTagInfo").path("status").asText()).isEqualTo("Accepted");
        JsonNode orphans = api.get("/api/v1/orphan-stops?stationId=" + id).body();
        assertThat(orphans.path("total").asInt()).isEqualTo(1);
        assertThat(orphans.path("items").get(0).path("transactionId").asLong()).isEqualTo(987_654);
        assertThat(orphans.path("items").get(0).path("reason").asText()).isEqualTo("Reboot");
    }

    private void assertTheStationsRefusalIsKept(String answer) {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("ReserveNow", Map.of("status", answer));

        var made = reserve(id, 1, stations.issuedToken(), null, Instant.now().plus(Duration.ofMinutes(30)));

        station.awaitCall("ReserveNow");
        assertThat(made.status()).isEqualTo(201);
        assertThat(made.text("status")).isEqualTo("Rejected");
        assertThat(made.text("stationAnswer")).isEqualTo(answer);
        assertThat(api.get("/api/v1/stations/" + id + "/reservations?status=Active").body().path("total").asInt())
                .isZero();
    }

    private ApiClient.Reply reserve(String station, int connectorId, String idToken, String parentIdTag,
                                    Instant expiresAt) {
        Map<String, Object> body = new HashMap<>(Map.of("connectorId", connectorId, "idToken", idToken,
                "expiresAt", expiresAt.toString()));
        if (parentIdTag != null) {
            body.put("parentIdTag", parentIdTag);
        }
        return api.post("/api/v1/stations/" + station + "/reservations", body);
    }
}
