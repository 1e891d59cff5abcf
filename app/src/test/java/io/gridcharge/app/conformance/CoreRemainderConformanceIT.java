package io.gridcharge.app.conformance;

import static io.gridcharge.app.conformance.ConformanceStations.PASSWORD;
import static io.gridcharge.app.conformance.ConformanceStations.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.app.config.Setting;
import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Core profile cases of the OCA OCPP 1.6 CSMS test cases that the foundation's conformance tests did not
 * replay: the platform relays each answer of the station as it gave it, books what the station reports and
 * shows the connector states it reports. The station is ocpp-rpc in strict mode.
 */
class CoreRemainderConformanceIT {
    @RegisterExtension
    static final PlatformFixture PLATFORM = PlatformFixture.onItsOwnDatabase().with(Setting.HEARTBEAT_INTERVAL, "120");

    private final ApiClient api = PLATFORM.admin();

    @RegisterExtension
    final ConformanceStations stations = new ConformanceStations(PLATFORM, api, "CORE");

    @Test
    void TC_004_2_CSMS_anIdentificationThatTimesOutBeforeThePlugBooksNoTransaction() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = stations.bootedStation(id);

        var authorized = station.call("Authorize", Map.of("idTag", card));
        station.call("StatusNotification", status(1, "Preparing"));
        var timedOut = station.call("StatusNotification", status(1, "Available"));

        assertThat(authorized.payload().path("idTagInfo").path("status").asText()).isEqualTo("Accepted");
        assertThat(timedOut.isError()).isFalse();
        assertThat(transactionsOf(id)).isZero();
        assertThat(connectorStatus(id, 1)).isEqualTo("Available");
    }

    @Test
    void TC_005_1_CSMS_aTransactionStoppedByTheEvSideDisconnectingIsBookedWithThatReason() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = stations.bootedStation(id);
        Instant start = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.SECONDS);

        int transactionId = start(station, card, 1, 3_000, start);
        station.call("StatusNotification", status(1, "Charging"));
        station.call("StopTransaction", Map.of("transactionId", transactionId, "meterStop", 4_000,
                "timestamp", start.plusSeconds(300).toString(), "reason", "EVDisconnected"));
        station.call("StatusNotification", status(1, "Finishing"));

        JsonNode transaction = api.get("/api/v1/transactions/" + transactionId).body();
        assertThat(transaction.path("stopReason").asText()).isEqualTo("EVDisconnected");
        assertThat(transaction.path("energyWh").asLong()).isEqualTo(1_000);
        assertThat(connectorStatus(id, 1)).isEqualTo("Finishing");
    }

    @Test
    void TC_007_CSMS_aStartWithALocallyCachedIdWithoutAuthorizeIsAcceptedAndBooked() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = stations.bootedStation(id);

        station.call("StatusNotification", status(1, "Preparing"));
        var started = station.call("StartTransaction", Map.of("connectorId", 1, "idTag", card, "meterStart", 0,
                "timestamp", Instant.now().toString()));

        assertThat(started.payload().path("idTagInfo").path("status").asText()).isEqualTo("Accepted");
        assertThat(transactionsOf(id)).isEqualTo(1);
    }

    @Test
    void TC_011_2_CSMS_aRemoteStartThatTimesOutAtTheStationBooksNoTransaction() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("RemoteStartTransaction", Map.of("status", "Accepted"));

        var reply = api.post(commands(id) + "remote-start", Map.of("connectorId", 1, "idToken", card));
        station.awaitCall("RemoteStartTransaction");
        station.call("StatusNotification", status(1, "Preparing"));
        station.call("StatusNotification", status(1, "Available"));

        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(transactionsOf(id)).isZero();
    }

    @Test
    void TC_014_CSMS_softResetIsSentAndTheStationBootsAgainAccepted() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("Reset", Map.of("status", "Accepted"));

        var reset = api.post(commands(id) + "reset", Map.of("type", "Soft"));
        String asked = station.awaitCall("Reset").path("type").asText();
        var reboot = station.call("BootNotification", Map.of("chargePointVendor", "Acme", "chargePointModel", "W7"));

        assertThat(asked).isEqualTo("Soft");
        assertThat(reset.text("status")).isEqualTo("Accepted");
        assertThat(reboot.text("status")).isEqualTo("Accepted");
        assertThat(reboot.payload().path("interval").asInt()).isEqualTo(120);
    }

    @Test
    void TC_017_2_CSMS_unlockingAFixedCableIsAnsweredNotSupported() {
        assertTheStationsAnswerIsReturned("UnlockConnector", Map.of("status", "NotSupported"), "unlock",
                Map.of("connectorId", 1), "NotSupported");
    }

    @Test
    void TC_018_1_CSMS_unlockingDuringATransactionEndsItWithReasonUnlockCommand() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("UnlockConnector", Map.of("status", "Unlocked"));
        Instant start = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.SECONDS);
        int transactionId = start(station, card, 1, 0, start);

        var unlock = api.post(commands(id) + "unlock", Map.of("connectorId", 1));
        station.awaitCall("UnlockConnector");
        station.call("StopTransaction", Map.of("transactionId", transactionId, "meterStop", 700,
                "timestamp", start.plusSeconds(60).toString(), "reason", "UnlockCommand"));

        assertThat(unlock.text("status")).isEqualTo("Unlocked");
        JsonNode transaction = api.get("/api/v1/transactions/" + transactionId).body();
        assertThat(transaction.path("status").asText()).isEqualTo("Completed");
        assertThat(transaction.path("stopReason").asText()).isEqualTo("UnlockCommand");
    }

    @Test
    void TC_019_2_CSMS_retrieveASpecificConfigurationKey() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("GetConfiguration", Map.of("configurationKey", List.of(
                Map.of("key", "SupportedFeatureProfiles", "readonly", true, "value", "Core,Reservation"))));

        var reply = api.post(commands(id) + "get-configuration", Map.of("keys", List.of("SupportedFeatureProfiles")));
        JsonNode asked = station.awaitCall("GetConfiguration");

        assertThat(asked.path("key").size()).isEqualTo(1);
        assertThat(asked.path("key").get(0).asText()).isEqualTo("SupportedFeatureProfiles");
        assertThat(reply.body().path("configuration").get(0).path("value").asText()).isEqualTo("Core,Reservation");
    }

    @Test
    void TC_024_CSMS_aConnectorLockFailureIsKeptAndShownWithItsErrorCode() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);

        var reported = station.call("StatusNotification", Map.of("connectorId", 1, "errorCode", "ConnectorLockFailure",
                "status", "Faulted", "timestamp", Instant.now().toString()));

        assertThat(reported.isError()).isFalse();
        JsonNode connector = connector(id, 1);
        assertThat(connector.path("status").asText()).isEqualTo("Faulted");
        assertThat(connector.path("errorCode").asText()).isEqualTo("ConnectorLockFailure");
    }

    @Test
    void TC_026_CSMS_aRemoteStartTheStationRejectsReturnsRejected() {
        String card = stations.issuedToken();
        assertTheStationsAnswerIsReturned("RemoteStartTransaction", Map.of("status", "Rejected"), "remote-start",
                Map.of("connectorId", 1, "idToken", card), "Rejected");
    }

    @Test
    void TC_028_CSMS_aRemoteStopTheStationRejectsReturnsRejectedAndTheTransactionRuns() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = stations.bootedStation(id);
        int transactionId = start(station, card, 1, 0, Instant.now());
        station.answer("RemoteStopTransaction", Map.of("status", "Rejected"));

        var reply = api.post(commands(id) + "remote-stop", Map.of("transactionId", transactionId));

        assertThat(station.awaitCall("RemoteStopTransaction").path("transactionId").asInt()).isEqualTo(transactionId);
        assertThat(reply.text("status")).isEqualTo("Rejected");
        assertThat(api.get("/api/v1/transactions/" + transactionId).text("status")).isEqualTo("Active");
    }

    @Test
    void TC_030_CSMS_anUnlockFailureIsReturnedAsTheStationSaidIt() {
        assertTheStationsAnswerIsReturned("UnlockConnector", Map.of("status", "UnlockFailed"), "unlock",
                Map.of("connectorId", 1), "UnlockFailed");
    }

    @Test
    void TC_031_CSMS_unlockingAnUnknownConnectorIsAnsweredNotSupported() {
        assertTheStationsAnswerIsReturned("UnlockConnector", Map.of("status", "NotSupported"), "unlock",
                Map.of("connectorId", 9), "NotSupported");
    }

    @Test
    void TC_037_1_CSMS_aTransactionStartedOfflineWithAValidTagIsAcceptedAndBookedAtTheStationsTime() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = stations.bootedStation(id);
        Instant startedOffline = Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.SECONDS);

        var started = station.call("StartTransaction", Map.of("connectorId", 1, "idTag", card, "meterStart", 250,
                "timestamp", startedOffline.toString()));
        station.call("StatusNotification", status(1, "Charging"));

        assertThat(started.payload().path("idTagInfo").path("status").asText()).isEqualTo("Accepted");
        JsonNode transaction = api.get("/api/v1/transactions/" + started.payload().path("transactionId").asInt())
                .body();
        assertThat(transaction.path("status").asText()).isEqualTo("Active");
        assertThat(Instant.parse(transaction.path("startedAt").asText())).isEqualTo(startedOffline);
    }

    @Test
    void TC_040_1_CSMS_changingAConfigurationKeyTheStationDoesNotKnowReturnsNotSupported() {
        assertTheStationsAnswerIsReturned("ChangeConfiguration", Map.of("status", "NotSupported"),
                "change-configuration", Map.of("key", "NoSuchKey", "value", "1"), "NotSupported");
    }

    @Test
    void TC_040_2_CSMS_anInvalidConfigurationValueReturnsRejected() {
        assertTheStationsAnswerIsReturned("ChangeConfiguration", Map.of("status", "Rejected"),
                "change-configuration", Map.of("key", "MeterValueSampleInterval", "value", "-1"), "Rejected");
    }

    @Test
    void TC_061_CSMS_clearTheAuthorizationCache() {
        assertTheStationsAnswerIsReturned("ClearCache", Map.of("status", "Accepted"), "clear-cache", Map.of(),
                "Accepted");
    }

    @Test
    void TC_088_CSMS_theWebSocketSubprotocolIsOcpp16AmongThoseOfferedAndAStationWithoutItIsClosed() throws Exception {
        String id = stations.registeredStation();

        Handshake common = handshake(id, "ocpp9.9", "ocpp1.6");
        Handshake none = handshake(id, "ocpp9.9");

        assertThat(common.subprotocol()).isEqualTo("ocpp1.6");
        assertThat(none.subprotocol()).isEmpty();
        assertThat(none.closeCode().get(20, TimeUnit.SECONDS)).isEqualTo(1002);
    }

    /** A station's WebSocket handshake as the JDK's client makes it, offering {@code subprotocols} in order. */
    private record Handshake(String subprotocol, CompletableFuture<Integer> closeCode) {
    }

    private Handshake handshake(String id, String first, String... more) throws Exception {
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        String credentials = Base64.getEncoder().encodeToString((id + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Basic " + credentials)
                .subprotocols(first, more)
                .buildAsync(URI.create(PLATFORM.ocppUrl() + "/" + id), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        closed.complete(statusCode);
                        return null;
                    }
                })
                .get(20, TimeUnit.SECONDS);
        String subprotocol = socket.getSubprotocol();
        if (!subprotocol.isEmpty()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        return new Handshake(subprotocol, closed);
    }

    private void assertTheStationsAnswerIsReturned(String action, Map<String, Object> answer, String command,
                                                   Map<String, Object> body, String expected) {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        station.answer(action, answer);

        var reply = api.post(commands(id) + command, body);

        station.awaitCall(action);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo(expected);
    }

    private static int start(ScriptedStation station, String card, int connectorId, int meterStart, Instant at) {
        return station.call("StartTransaction", Map.of("connectorId", connectorId, "idTag", card,
                "meterStart", meterStart, "timestamp", at.toString())).payload().path("transactionId").asInt();
    }

    private int transactionsOf(String station) {
        return api.get("/api/v1/transactions?stationId=" + station).body().path("total").asInt();
    }

    private JsonNode connector(String station, int connectorId) {
        for (JsonNode connector : api.get("/api/v1/stations/" + station).body().path("connectors")) {
            if (connector.path("connectorId").asInt() == connectorId) {
                return connector;
            }
        }
        throw new AssertionError("station " + station + " shows no connector " + connectorId);
    }

    private String connectorStatus(String station, int connectorId) {
        return connector(station, connectorId).path("status").asText();
    }

    private static String commands(String station) {
        return "/api/v1/stations/" + station + "/commands/";
    }
}
