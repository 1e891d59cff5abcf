package io.gridcharge.app.conformance;

import static io.gridcharge.app.conformance.ConformanceStations.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gridcharge.app.config.Setting;
import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.OcppCallException;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.client.OcppStationClient;
import io.gridcharge.ocpp.v201.authorization.AuthorizeRequest;
import io.gridcharge.ocpp.v201.availability.ConnectorStatusEnumType;
import io.gridcharge.ocpp.v201.availability.StatusNotificationRequest;
import io.gridcharge.ocpp.v201.provisioning.BootNotificationRequest;
import io.gridcharge.ocpp.v201.provisioning.BootReasonEnumType;
import io.gridcharge.ocpp.v201.provisioning.ChargingStationType;
import io.gridcharge.ocpp.v201.provisioning.RegistrationStatusEnumType;
import io.gridcharge.ocpp.v201.types.AuthorizationStatusEnumType;
import io.gridcharge.ocpp.v201.types.IdTokenEnumType;
import io.gridcharge.ocpp.v201.types.IdTokenType;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The platform as an OCPP 2.0.1 CSMS, seen by an independent station implementation (ocpp-rpc in strict mode
 * with protocol ocpp2.0.1, which checks every message both ways against the official 2.0.1 schemas). Test
 * names carry the OCA OCPP 2.0.1 test case they replay.
 */
class Ocpp201CsmsConformanceIT {
    @RegisterExtension
    static final PlatformFixture PLATFORM = PlatformFixture.onItsOwnDatabase().with(Setting.HEARTBEAT_INTERVAL, "120");

    private final ApiClient api = PLATFORM.admin();

    @RegisterExtension
    final ConformanceStations stations = new ConformanceStations(PLATFORM, api, "V201");

    private final List<OcppStationClient> ownClients = new java.util.ArrayList<>();

    @AfterEach
    void closeOwnClients() {
        ownClients.forEach(OcppStationClient::close);
    }

    /** The project's own station client, speaking 2.0.1 typed records; it answers every CSMS call NotImplemented. */
    OcppStationClient ownClient(String id) {
        OcppStationClient client = OcppStationClient.connect(URI.create(PLATFORM.ocppUrl()), id, PASSWORD,
                OcppVersion.V201, (action, request) -> {
                    throw new OcppCallException(ErrorCode.NOT_IMPLEMENTED, action + " is not scripted");
                }, Duration.ofSeconds(10));
        ownClients.add(client);
        return client;
    }

    static Map<String, Object> boot(String serialNumber) {
        return Map.of("reason", "PowerUp", "chargingStation", Map.of("vendorName", "Acme", "model", "Wallbox 9",
                "serialNumber", serialNumber, "firmwareVersion", "2.0.7"));
    }

    static Map<String, Object> status(int evseId, int connectorId, String status) {
        return Map.of("timestamp", Instant.now().toString(), "connectorStatus", status, "evseId", evseId,
                "connectorId", connectorId);
    }

    ScriptedStation bootedStation(String id) {
        ScriptedStation station = stations.connectedStation201(id);
        assertThat(station.call("BootNotification", boot("SN-" + id)).text("status")).isEqualTo("Accepted");
        return station;
    }

    @Test
    void TC_B_01_CSMS_coldBootIsAcceptedAndTheStationIsListedLikeA16One() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.connectedStation201(id);

        var boot = station.call("BootNotification", boot("SN-B01"));
        var evse1 = station.call("StatusNotification", status(1, 1, "Available"));
        var evse2 = station.call("StatusNotification", status(2, 1, "Available"));
        var heartbeat = station.call("Heartbeat", Map.of());

        assertThat(boot.text("status")).isEqualTo("Accepted");
        assertThat(boot.payload().path("interval").asInt()).isEqualTo(120);
        assertThat(evse1.isError()).isFalse();
        assertThat(evse2.isError()).isFalse();
        assertThat(Instant.parse(heartbeat.text("currentTime"))).isCloseTo(Instant.now(), within(Duration.ofSeconds(30)));
        var shown = api.get("/api/v1/stations/" + id).body();
        assertThat(shown.path("connected").asBoolean()).isTrue();
        assertThat(shown.path("protocol").asText()).isEqualTo("ocpp2.0.1");
        assertThat(shown.path("boot").path("serialNumber").asText()).isEqualTo("SN-B01");
        assertThat(shown.path("connectors").findValuesAsText("connectorId")).containsExactly("1", "2");
        assertThat(shown.path("connectors").findValuesAsText("status")).containsExactly("Available", "Available");
        var listed = api.get("/api/v1/stations?q=" + id).body();
        assertThat(listed.path("items").findValuesAsText("id")).containsExactly(id);
    }

    @Test
    void TC_B_02_CSMS_aPendingStationIsRefusedOtherCallsWithSecurityErrorUntilAccepted() {
        String id = ConformanceStations.uniqueName("V201-PENDING");
        assertThat(api.post("/api/v1/stations", Map.of("id", id, "password", PASSWORD, "registration", "Pending"))
                .status()).isEqualTo(201);
        ScriptedStation station = stations.connectedStation201(id);

        var pending = station.call("BootNotification", boot("SN-B02"));
        var refused = station.call("StatusNotification", status(1, 1, "Available"));
        assertThat(api.patch("/api/v1/stations/" + id, Map.of("registration", "Accepted")).status()).isEqualTo(200);
        var accepted = station.call("BootNotification", boot("SN-B02"));

        assertThat(pending.text("status")).isEqualTo("Pending");
        assertThat(refused.errorCode()).isEqualTo("SecurityError");
        assertThat(accepted.text("status")).isEqualTo("Accepted");
        assertThat(station.call("Heartbeat", Map.of()).isError()).isFalse();
    }

    @Test
    void TC_C_02_CSMS_authorizeAnswersTheTokensStatusAndGroup() {
        String card = stations.issuedToken("Accepted", "FLEET-7");
        String blocked = stations.issuedToken("Blocked", null);
        ScriptedStation station = bootedStation(stations.registeredStation());

        var accepted = station.call("Authorize", Map.of("idToken", Map.of("idToken", card, "type", "ISO14443")));
        var refused = station.call("Authorize", Map.of("idToken", Map.of("idToken", blocked, "type", "ISO14443")));
        var unknown = station.call("Authorize", Map.of("idToken", Map.of("idToken", "NO-SUCH-CARD", "type", "eMAID")));

        assertThat(accepted.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        assertThat(accepted.payload().path("idTokenInfo").path("groupIdToken").path("idToken").asText())
                .isEqualTo("FLEET-7");
        assertThat(refused.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Blocked");
        assertThat(unknown.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Invalid");
    }

    @Test
    void TC_B_07_CSMS_notifyReportIsBrowsableAsTheStationsDeviceModel() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        var part = station.call("NotifyReport", Map.of("requestId", 11, "generatedAt", Instant.now().toString(),
                "seqNo", 0, "reportData", List.of(Map.of("component", Map.of("name", "OCPPCommCtrlr"),
                        "variable", Map.of("name", "HeartbeatInterval"),
                        "variableAttribute", List.of(Map.of("type", "Actual", "value", "120")),
                        "variableCharacteristics", Map.of("dataType", "integer", "supportsMonitoring", false)))));

        assertThat(part.isError()).isFalse();
        var variables = api.get("/api/v1/stations/" + id + "/device-model/variables").body();
        assertThat(variables.path("items").findValuesAsText("value")).containsExactly("120");
        var reports = api.get("/api/v1/stations/" + id + "/device-model/reports").body();
        assertThat(reports.path("items").findValuesAsText("complete")).containsExactly("true");
    }

    @Test
    void TC_B_01_CSMS_theProjectsOwnClientBootsReportsAnEvseAndAuthorizesOverOcpp201() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        OcppStationClient station = ownClient(id);

        var boot = station.call(BootNotificationRequest.of(new ChargingStationType("SN-OWN", "Wallbox 9", null,
                "Acme", "2.0.7", null), BootReasonEnumType.PowerUp));
        station.call(StatusNotificationRequest.of(Instant.now(), ConnectorStatusEnumType.Occupied, 1, 1));
        var authorized = station.call(AuthorizeRequest.of(IdTokenType.of(card, IdTokenEnumType.ISO14443)));

        assertThat(station.version()).isEqualTo(OcppVersion.V201);
        assertThat(boot.status()).isEqualTo(RegistrationStatusEnumType.Accepted);
        assertThat(boot.interval()).isEqualTo(120);
        assertThat(authorized.idTokenInfo().status()).isEqualTo(AuthorizationStatusEnumType.Accepted);
        var shown = api.get("/api/v1/stations/" + id).body();
        assertThat(shown.path("protocol").asText()).isEqualTo("ocpp2.0.1");
        assertThat(shown.path("connectors").findValuesAsText("status")).containsExactly("Occupied");
    }

    static Map<String, Object> transactionEvent(String type, int seqNo, String trigger, String txId,
                                                Instant at, Map<String, Object> extra) {
        Map<String, Object> event = new java.util.HashMap<>(Map.of("eventType", type, "timestamp", at.toString(),
                "triggerReason", trigger, "seqNo", seqNo, "transactionInfo", Map.of("transactionId", txId)));
        event.putAll(extra);
        return event;
    }

    static List<Object> register(Instant at, long wh, String context) {
        return List.of(Map.of("timestamp", at.toString(), "sampledValue", List.of(Map.of("value", wh,
                "context", context, "measurand", "Energy.Active.Import.Register",
                "unitOfMeasure", Map.of("unit", "Wh")))));
    }

    @Test
    void TC_E_01_CSMS_aChargingSessionIsOneTransactionInTheApiWithItsEnergy() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = bootedStation(id);
        Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String txId = "TX-" + id;
        Map<String, Object> token = Map.of("idToken", card, "type", "ISO14443");

        var started = station.call("TransactionEvent", transactionEvent("Started", 0, "Authorized", txId, start,
                Map.of("evse", Map.of("id", 1, "connectorId", 1), "idToken", token,
                        "meterValue", register(start, 12_000, "Transaction.Begin"))));
        var updated = station.call("TransactionEvent", transactionEvent("Updated", 1, "MeterValuePeriodic", txId,
                start.plusSeconds(300), Map.of("meterValue", List.of(Map.of("timestamp",
                        start.plusSeconds(300).toString(), "sampledValue", List.of(
                                Map.of("value", 13_250, "measurand", "Energy.Active.Import.Register"),
                                Map.of("value", 31.9, "measurand", "Current.Import", "phase", "L1",
                                        "unitOfMeasure", Map.of("unit", "A"))))))));
        var repeated = station.call("TransactionEvent", transactionEvent("Updated", 1, "MeterValuePeriodic", txId,
                start.plusSeconds(300), Map.of()));
        var ended = station.call("TransactionEvent", transactionEvent("Ended", 2, "StopAuthorized", txId,
                start.plusSeconds(1800), Map.of("idToken", token,
                        "meterValue", register(start.plusSeconds(1800), 19_500, "Transaction.End"))));

        assertThat(started.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        assertThat(updated.payload().has("idTokenInfo")).isFalse();
        assertThat(repeated.isError()).isFalse();
        assertThat(ended.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        var listed = api.get("/api/v1/transactions?stationId=" + id).body();
        assertThat(listed.path("items")).hasSize(1);
        long transactionId = listed.path("items").get(0).path("id").asLong();
        var transaction = api.get("/api/v1/transactions/" + transactionId).body();
        assertThat(transaction.path("status").asText()).isEqualTo("Completed");
        assertThat(transaction.path("idToken").asText()).isEqualTo(card);
        assertThat(transaction.path("energyWh").asLong()).isEqualTo(7_500);
        assertThat(transaction.path("samples").findValuesAsText("phase")).contains("L1");
        assertThat(transaction.path("samples").findValuesAsText("context")).contains("Transaction.End");
    }

    @Test
    void TC_E_02_CSMS_aSessionStartedByPlugInIsIdentifiedByTheTokenGivenLater() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = bootedStation(id);
        Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String txId = "TX-" + id;

        var plugged = station.call("TransactionEvent", transactionEvent("Started", 0, "CablePluggedIn", txId, start,
                Map.of("evse", Map.of("id", 2, "connectorId", 1))));
        var authorized = station.call("TransactionEvent", transactionEvent("Updated", 1, "Authorized", txId,
                start.plusSeconds(20), Map.of("idToken", Map.of("idToken", card, "type", "ISO14443"))));

        assertThat(plugged.payload().has("idTokenInfo")).isFalse();
        assertThat(authorized.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        var listed = api.get("/api/v1/transactions?stationId=" + id).body();
        assertThat(listed.path("items").findValuesAsText("idToken")).containsExactly(card);
        assertThat(listed.path("items").findValuesAsText("status")).containsExactly("Active");
    }

    @Test
    void J_meterValuesOutsideATransactionAreAccepted() {
        ScriptedStation station = bootedStation(stations.registeredStation());

        var answer = station.call("MeterValues", Map.of("evseId", 0, "meterValue",
                register(Instant.now(), 123_456, "Sample.Clock")));

        assertThat(answer.isError()).isFalse();
    }

    static String commands(String id) {
        return "/api/v1/stations/" + id + "/commands/";
    }

    @Test
    void TC_F_01_CSMS_remoteStartThroughTheApiIsRequestStartTransactionAndTheSessionIsBooked() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = bootedStation(id);
        station.answer("RequestStartTransaction", Map.of("status", "Accepted"));

        var reply = api.post(commands(id) + "remote-start", Map.of("connectorId", 1, "idToken", card));
        var asked = station.awaitCall("RequestStartTransaction");
        var started = station.call("TransactionEvent", transactionEvent("Started", 0, "RemoteStart", "TX-" + id,
                Instant.now(), Map.of("evse", Map.of("id", 1, "connectorId", 1),
                        "idToken", asked.path("idToken"), "transactionInfo", Map.of("transactionId", "TX-" + id,
                                "remoteStartId", asked.path("remoteStartId").asInt()))));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("evseId").asInt()).isEqualTo(1);
        assertThat(asked.path("idToken").path("idToken").asText()).isEqualTo(card);
        assertThat(started.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
    }

    @Test
    void TC_F_03_CSMS_remoteStopThroughTheApiNamesTheStationsTransactionId() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.call("TransactionEvent", transactionEvent("Started", 0, "CablePluggedIn", "TX-" + id, Instant.now(),
                Map.of("evse", Map.of("id", 1, "connectorId", 1))));
        long transactionId = api.get("/api/v1/transactions?stationId=" + id).body().path("items").get(0).path("id")
                .asLong();
        station.answer("RequestStopTransaction", Map.of("status", "Accepted"));

        var reply = api.post(commands(id) + "remote-stop", Map.of("transactionId", transactionId));

        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(station.awaitCall("RequestStopTransaction").path("transactionId").asText()).isEqualTo("TX-" + id);
    }

    @Test
    void TC_B_11_CSMS_resetUnlockAvailabilityTriggerAndVariablesThroughTheApiAreValid201Calls() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("Reset", Map.of("status", "Accepted"));
        station.answer("UnlockConnector", Map.of("status", "Unlocked"));
        station.answer("ChangeAvailability", Map.of("status", "Scheduled"));
        station.answer("TriggerMessage", Map.of("status", "Accepted"));
        station.answer("SetVariables", Map.of("setVariableResult", List.of(Map.of("attributeStatus", "Accepted",
                "component", Map.of("name", "OCPPCommCtrlr"), "variable", Map.of("name", "HeartbeatInterval")))));
        station.answer("GetVariables", Map.of("getVariableResult", List.of(Map.of("attributeStatus", "Accepted",
                "attributeValue", "60", "component", Map.of("name", "OCPPCommCtrlr"),
                "variable", Map.of("name", "HeartbeatInterval")))));

        assertThat(api.post(commands(id) + "reset", Map.of("type", "Hard")).text("status")).isEqualTo("Accepted");
        assertThat(station.awaitCall("Reset").path("type").asText()).isEqualTo("Immediate");
        assertThat(api.post(commands(id) + "unlock", Map.of("connectorId", 2)).text("status")).isEqualTo("Unlocked");
        assertThat(station.awaitCall("UnlockConnector").path("evseId").asInt()).isEqualTo(2);
        assertThat(api.post(commands(id) + "change-availability", Map.of("connectorId", 0, "operative", false))
                .text("status")).isEqualTo("Scheduled");
        assertThat(station.awaitCall("ChangeAvailability").path("operationalStatus").asText()).isEqualTo("Inoperative");
        assertThat(api.post(commands(id) + "trigger-message", Map.of("requestedMessage", "Heartbeat"))
                .text("status")).isEqualTo("Accepted");
        assertThat(station.awaitCall("TriggerMessage").path("requestedMessage").asText()).isEqualTo("Heartbeat");
        assertThat(api.post(commands(id) + "change-configuration", Map.of("key", "OCPPCommCtrlr.HeartbeatInterval",
                "value", "60")).text("status")).isEqualTo("Accepted");
        station.awaitCall("SetVariables");
        var read = api.post(commands(id) + "get-configuration", Map.of("keys", List.of("OCPPCommCtrlr.HeartbeatInterval")));
        station.awaitCall("GetVariables");
        assertThat(read.body().toString()).contains("60");
    }

    @Test
    void TC_B_08_CSMS_getBaseReportThroughTheGenericEndpointAndTheReportIsStored() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("GetBaseReport", Map.of("status", "Accepted"));

        var reply = api.post("/api/v1/stations/" + id + "/ocpp/GetBaseReport",
                Map.of("requestId", 42, "reportBase", "FullInventory"));
        var asked = station.awaitCall("GetBaseReport");
        station.call("NotifyReport", Map.of("requestId", 42, "generatedAt", Instant.now().toString(), "seqNo", 0,
                "reportData", List.of(Map.of("component", Map.of("name", "EVSE", "evse", Map.of("id", 1)),
                        "variable", Map.of("name", "Power"),
                        "variableAttribute", List.of(Map.of("type", "MaxSet", "value", "22000"))))));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("reportBase").asText()).isEqualTo("FullInventory");
        var reports = api.get("/api/v1/stations/" + id + "/device-model/reports").body();
        assertThat(reports.path("items").findValuesAsText("requestId")).containsExactly("42");
    }

    @Test
    void aCommandWithoutAn201CallIsRefused400NamingTheProtocolAndNothingIsSent() {
        String id = stations.registeredStation();
        bootedStation(id);

        var refused = api.post(commands(id) + "get-configuration", Map.of("keys", List.of("HeartbeatInterval")));
        var noTransaction = api.post("/api/v1/stations/" + id + "/ocpp/RemoteStartTransaction",
                Map.of("idTag", "X"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("OCPP 2.0.1").contains("keys");
        assertThat(noTransaction.status()).isEqualTo(400);
        assertThat(noTransaction.body().toString()).contains("ocpp2.0.1");
    }
}
