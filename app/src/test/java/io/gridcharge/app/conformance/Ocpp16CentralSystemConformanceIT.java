package io.gridcharge.app.conformance;

import static io.gridcharge.app.conformance.ConformanceStations.PASSWORD;
import static io.gridcharge.app.conformance.ConformanceStations.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gridcharge.app.config.Setting;
import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The platform as an OCPP 1.6J central system, seen by an independent station implementation (ocpp-rpc in
 * strict mode, which checks every message against the official schemas). Test names carry the OCA
 * compliance test case they replay.
 */
class Ocpp16CentralSystemConformanceIT {
    @RegisterExtension
    static final PlatformFixture PLATFORM = PlatformFixture.onItsOwnDatabase().with(Setting.HEARTBEAT_INTERVAL, "120");

    private final ApiClient api = PLATFORM.admin();

    @RegisterExtension
    final ConformanceStations stations = new ConformanceStations(PLATFORM, api, "CONF");

    @Test
    void TC_001_CSMS_coldBootChargePointIsAcceptedWithTheConfiguredHeartbeatInterval() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.connect(id, PASSWORD);

        var boot = station.call("BootNotification", Map.of("chargePointVendor", "Acme", "chargePointModel", "Wallbox 7",
                "chargePointSerialNumber", "SN-0001", "firmwareVersion", "1.4.2"));
        var connector0 = station.call("StatusNotification", status(0, "Available"));
        var connector1 = station.call("StatusNotification", status(1, "Available"));
        var heartbeat = station.call("Heartbeat", Map.of());

        assertThat(boot.text("status")).isEqualTo("Accepted");
        assertThat(boot.payload().path("interval").asInt()).isEqualTo(120);
        assertThat(Instant.parse(heartbeat.text("currentTime"))).isCloseTo(Instant.now(), within(Duration.ofSeconds(30)));
        assertThat(connector0.isError()).isFalse();
        assertThat(connector1.isError()).isFalse();
        var shown = api.get("/api/v1/stations/" + id);
        assertThat(shown.body().path("connected").asBoolean()).isTrue();
        assertThat(shown.body().path("boot").path("firmwareVersion").asText()).isEqualTo("1.4.2");
        assertThat(shown.body().path("connectors").findValuesAsText("status")).containsExactly("Available", "Available");
    }

    @Test
    void TC_003_CSMS_regularChargingSessionPluginFirstIsRecordedWithItsEnergyAndSamples() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = stations.bootedStation(id);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        station.call("StatusNotification", status(1, "Preparing"));
        assertThat(station.call("Authorize", Map.of("idTag", card)).payload().path("idTagInfo").path("status").asText())
                .isEqualTo("Accepted");
        var started = station.call("StartTransaction", Map.of("connectorId", 1, "idTag", card, "meterStart", 12_000,
                "timestamp", start.toString()));
        int transactionId = started.payload().path("transactionId").asInt();
        station.call("StatusNotification", status(1, "Charging"));
        station.call("MeterValues", Map.of("connectorId", 1, "transactionId", transactionId, "meterValue", List.of(
                Map.of("timestamp", start.plusSeconds(300).toString(), "sampledValue", List.of(
                        Map.of("value", "13.25", "measurand", "Energy.Active.Import.Register", "unit", "kWh"),
                        Map.of("value", "31.9", "measurand", "Current.Import", "unit", "A", "phase", "L1"),
                        Map.of("value", "57", "measurand", "SoC", "unit", "Percent", "location", "EV"))))));
        var stopped = station.call("StopTransaction", Map.of("transactionId", transactionId, "idTag", card,
                "meterStop", 19_500, "timestamp", start.plusSeconds(1800).toString(), "reason", "EVDisconnected"));
        station.call("StatusNotification", status(1, "Finishing"));

        assertThat(started.payload().path("idTagInfo").path("status").asText()).isEqualTo("Accepted");
        assertThat(stopped.payload().path("idTagInfo").path("status").asText()).isEqualTo("Accepted");
        var transaction = api.get("/api/v1/transactions/" + transactionId).body();
        assertThat(transaction.path("energyWh").asLong()).isEqualTo(7_500);
        assertThat(transaction.path("stopReason").asText()).isEqualTo("EVDisconnected");
        assertThat(transaction.path("samples").findValuesAsText("measurand"))
                .containsExactlyInAnyOrder("Energy.Active.Import.Register", "Current.Import", "SoC");
    }

    @Test
    void TC_010_CSMS_remoteStartReachesTheStationAndItsStartIsBooked() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("RemoteStartTransaction", Map.of("status", "Accepted"));

        var reply = api.post("/api/v1/stations/" + id + "/commands/remote-start", Map.of("connectorId", 1, "idToken", card));
        var asked = station.awaitCall("RemoteStartTransaction");
        var started = station.call("StartTransaction", Map.of("connectorId", 1, "idTag", card, "meterStart", 0,
                "timestamp", Instant.now().toString()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("idTag").asText()).isEqualTo(card);
        assertThat(asked.path("connectorId").asInt()).isEqualTo(1);
        assertThat(started.payload().path("transactionId").asInt()).isPositive();
    }

    @Test
    void TC_012_CSMS_remoteStopNamesTheTransactionTheStationKnows() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = stations.bootedStation(id);
        int transactionId = station.call("StartTransaction", Map.of("connectorId", 1, "idTag", card, "meterStart", 0,
                "timestamp", Instant.now().toString())).payload().path("transactionId").asInt();
        station.answer("RemoteStopTransaction", Map.of("status", "Accepted"));

        var reply = api.post("/api/v1/stations/" + id + "/commands/remote-stop", Map.of("transactionId", transactionId));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(station.awaitCall("RemoteStopTransaction").path("transactionId").asInt()).isEqualTo(transactionId);
    }

    @Test
    void TC_013_CSMS_hardResetAndTC_017_1_CSMS_unlockConnectorReturnTheStationsAnswers() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("Reset", Map.of("status", "Accepted"));
        station.answer("UnlockConnector", Map.of("status", "Unlocked"));

        var reset = api.post("/api/v1/stations/" + id + "/commands/reset", Map.of("type", "Hard"));
        assertThat(station.awaitCall("Reset").path("type").asText()).isEqualTo("Hard");
        var unlock = api.post("/api/v1/stations/" + id + "/commands/unlock", Map.of("connectorId", 1));
        assertThat(station.awaitCall("UnlockConnector").path("connectorId").asInt()).isEqualTo(1);

        assertThat(reset.text("status")).isEqualTo("Accepted");
        assertThat(unlock.text("status")).isEqualTo("Unlocked");
    }

    @Test
    void TC_019_1_CSMS_retrieveAllConfigurationKeysAndTC_021_CSMS_changeConfiguration() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("GetConfiguration", Map.of("configurationKey", List.of(
                Map.of("key", "HeartbeatInterval", "readonly", false, "value", "120"),
                Map.of("key", "NumberOfConnectors", "readonly", true, "value", "2"))));
        station.answer("ChangeConfiguration", Map.of("status", "Accepted"));

        var all = api.post("/api/v1/stations/" + id + "/commands/get-configuration", Map.of());
        assertThat(station.awaitCall("GetConfiguration").path("key").isMissingNode()).isTrue();
        var change = api.post("/api/v1/stations/" + id + "/commands/change-configuration",
                Map.of("key", "MeterValueSampleInterval", "value", "60"));
        var asked = station.awaitCall("ChangeConfiguration");

        assertThat(all.body().path("configuration").findValuesAsText("key"))
                .containsExactly("HeartbeatInterval", "NumberOfConnectors");
        assertThat(change.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("key").asText()).isEqualTo("MeterValueSampleInterval");
        assertThat(asked.path("value").asText()).isEqualTo("60");
    }

    @Test
    void changeAvailabilityToInoperativeIsSentAsTheStationExpects() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("ChangeAvailability", Map.of("status", "Scheduled"));

        var reply = api.post("/api/v1/stations/" + id + "/commands/change-availability",
                Map.of("connectorId", 0, "operative", false));

        var asked = station.awaitCall("ChangeAvailability");
        assertThat(asked.path("type").asText()).isEqualTo("Inoperative");
        assertThat(asked.path("connectorId").asInt()).isZero();
        assertThat(reply.text("status")).isEqualTo("Scheduled");
    }

    @Test
    void TC_023_CSMS_invalidBlockedAndExpiredTokensAreRefusedAtAuthorize() {
        String id = stations.registeredStation();
        String blocked = stations.issuedToken("Blocked", null);
        String expired = stations.issuedToken("Expired", null);
        ScriptedStation station = stations.bootedStation(id);

        assertThat(authorize(station, "NO-SUCH-CARD")).isEqualTo("Invalid");
        assertThat(authorize(station, blocked)).isEqualTo("Blocked");
        assertThat(authorize(station, expired)).isEqualTo("Expired");
    }

    @Test
    void TC_037_1_CSMS_aTransactionStartedOfflineWithAnUnknownTokenIsKeptAndAnsweredInvalid() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);

        var started = station.call("StartTransaction", Map.of("connectorId", 2, "idTag", "OFFLINE-TAG", "meterStart", 500,
                "timestamp", Instant.now().minusSeconds(3600).toString()));

        assertThat(started.payload().path("idTagInfo").path("status").asText()).isEqualTo("Invalid");
        int transactionId = started.payload().path("transactionId").asInt();
        assertThat(api.get("/api/v1/transactions/" + transactionId).text("status")).isEqualTo("Active");
    }

    @Test
    void aStartResentAfterALostAnswerIsBookedOnce() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = stations.bootedStation(id);
        Map<String, Object> start = Map.of("connectorId", 1, "idTag", card, "meterStart", 42,
                "timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());

        int first = station.call("StartTransaction", start).payload().path("transactionId").asInt();
        station.close();
        ScriptedStation reconnected = stations.connect(id, PASSWORD);
        int resent = reconnected.call("StartTransaction", start).payload().path("transactionId").asInt();

        assertThat(resent).isEqualTo(first);
        assertThat(api.get("/api/v1/transactions?stationId=" + id).body().path("total").asInt()).isEqualTo(1);
    }

    @Test
    void theOcppPassThroughValidatesBeforeSendingAndReturnsTheStationsAnswer() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("ClearCache", Map.of("status", "Accepted"));

        var invalid = api.post("/api/v1/stations/" + id + "/ocpp/ChangeConfiguration", Map.of("key", "X"));
        var valid = api.post("/api/v1/stations/" + id + "/ocpp/ClearCache", Map.of());

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().toString()).contains("value");
        assertThat(valid.status()).isEqualTo(200);
        assertThat(valid.text("status")).isEqualTo("Accepted");
        assertThat(station.awaitCall("ClearCache").size()).isZero();
        var journal = api.get("/api/v1/stations/" + id + "/journal?action=ChangeConfiguration");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(api.get("/api/v1/stations/" + id + "/journal?action=ClearCache").body().path("total").asInt())
                        .isEqualTo(2));
        assertThat(journal.body().path("total").asInt()).as("nothing was sent for the invalid payload").isZero();
    }

    @Test
    void aCommandForAStationThatIsNotConnectedIsAConflict() {
        String id = stations.registeredStation();

        var reply = api.post("/api/v1/stations/" + id + "/commands/reset", Map.of("type", "Soft"));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body().path("status").asInt()).isEqualTo(409);
    }

    @Test
    void aStationWithTheWrongPasswordOrAnUnknownIdCannotConnect() {
        String id = stations.registeredStation();

        ScriptedStation wrongPassword = stations.connect(id, "not-the-right-secret");
        ScriptedStation unknown = stations.connect("NEVER-REGISTERED", PASSWORD);

        assertThat(wrongPassword.connected()).isFalse();
        assertThat(wrongPassword.connectFailure()).contains("Unauthorized");
        assertThat(unknown.connected()).isFalse();
    }

    private static String authorize(ScriptedStation station, String idTag) {
        return station.call("Authorize", Map.of("idTag", idTag)).payload().path("idTagInfo").path("status").asText();
    }

    private static org.assertj.core.data.TemporalUnitOffset within(Duration duration) {
        return new org.assertj.core.data.TemporalUnitWithinOffset(duration.toSeconds(), ChronoUnit.SECONDS);
    }
}
