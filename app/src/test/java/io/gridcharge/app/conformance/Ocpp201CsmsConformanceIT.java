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
    void TC_B_02_CSMS_andTC_B_30_CSMS_aPendingStationIsRefusedOtherCallsWithSecurityErrorUntilAccepted() {
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
        var available = station.call("StatusNotification", status(1, 1, "Available"));
        var event = station.call("NotifyEvent", Map.of("generatedAt", Instant.now().toString(), "seqNo", 0,
                "eventData", List.of(Map.of("eventId", 1, "timestamp", Instant.now().toString(), "trigger", "Delta",
                        "actualValue", "Available", "eventNotificationType", "HardWiredNotification",
                        "component", Map.of("name", "Connector"), "variable", Map.of("name", "AvailabilityState")))));
        assertThat(accepted.text("status")).isEqualTo("Accepted");
        assertThat(available.isError()).isFalse();
        assertThat(event.isError()).isFalse();
    }

    @Test
    void TC_C_02_CSMS_andTC_C_06_CSMS_authorizeAnswersTheTokensStatusAndGroup() {
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
    void aNotifyReportIsBrowsableAsTheStationsDeviceModel() {
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
                        "transactionInfo", Map.of("transactionId", txId, "chargingState", "SuspendedEVSE"),
                        "meterValue", register(start, 12_000, "Transaction.Begin"))));
        var updated = station.call("TransactionEvent", transactionEvent("Updated", 1, "ChargingStateChanged", txId,
                start.plusSeconds(300), Map.of("transactionInfo", Map.of("transactionId", txId,
                        "chargingState", "Charging"), "meterValue", List.of(Map.of("timestamp",
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
    void TC_E_03_CSMS_aSessionStartedByPlugInIsIdentifiedByTheTokenGivenLater() {
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
    void TC_J_01_CSMS_clockAlignedMeterValuesOutsideATransactionAreAccepted() {
        ScriptedStation station = bootedStation(stations.registeredStation());

        var answer = station.call("MeterValues", Map.of("evseId", 0, "meterValue",
                register(Instant.now(), 123_456, "Sample.Clock")));

        assertThat(answer.isError()).isFalse();
    }

    static String commands(String id) {
        return "/api/v1/stations/" + id + "/commands/";
    }

    @Test
    void TC_F_03_CSMS_remoteStartThroughTheApiIsRequestStartTransactionAndTheSessionIsBooked() {
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
    void TC_E_21_CSMS_remoteStopThroughTheApiNamesTheStationsTransactionIdAndItsEndedIsBooked() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        station.call("TransactionEvent", transactionEvent("Started", 0, "CablePluggedIn", "TX-" + id, start,
                Map.of("evse", Map.of("id", 1, "connectorId", 1), "meterValue", register(start, 500, "Transaction.Begin"))));
        long transactionId = api.get("/api/v1/transactions?stationId=" + id).body().path("items").get(0).path("id")
                .asLong();
        station.answer("RequestStopTransaction", Map.of("status", "Accepted"));

        var reply = api.post(commands(id) + "remote-stop", Map.of("transactionId", transactionId));
        var asked = station.awaitCall("RequestStopTransaction");
        station.call("TransactionEvent", transactionEvent("Ended", 1, "RemoteStop", "TX-" + id, start.plusSeconds(600),
                Map.of("transactionInfo", Map.of("transactionId", "TX-" + id, "stoppedReason", "Remote"),
                        "meterValue", register(start.plusSeconds(600), 2_500, "Transaction.End"))));

        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("transactionId").asText()).isEqualTo("TX-" + id);
        var transaction = api.get("/api/v1/transactions/" + transactionId).body();
        assertThat(transaction.path("status").asText()).isEqualTo("Completed");
        assertThat(transaction.path("stopReason").asText()).isEqualTo("Remote");
        assertThat(transaction.path("energyWh").asLong()).isEqualTo(2_000);
    }

    /** Sends a typed command through the API and returns the station's status and what the station was asked. */
    private Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> command(String action, Object answer,
                                                                                 String command, Object body) {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer(action, answer);
        var reply = api.post(commands(id) + command, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return Map.entry(reply.body().path("status").asText(), station.awaitCall(action));
    }

    @Test
    void TC_B_20_CSMS_aSoftResetIsResetOnIdle() {
        var reset = command("Reset", Map.of("status", "Accepted"), "reset", Map.of("type", "Soft"));

        assertThat(reset.getKey()).isEqualTo("Accepted");
        assertThat(reset.getValue().path("type").asText()).isEqualTo("OnIdle");
    }

    @Test
    void TC_F_06_CSMS_unlockIsUnlockConnectorOnTheEvse() {
        var unlock = command("UnlockConnector", Map.of("status", "Unlocked"), "unlock", Map.of("connectorId", 2));

        assertThat(unlock.getKey()).isEqualTo("Unlocked");
        assertThat(unlock.getValue().path("evseId").asInt()).isEqualTo(2);
        assertThat(unlock.getValue().path("connectorId").asInt()).isEqualTo(1);
    }

    @Test
    void TC_G_05_CSMS_theWholeStationIsMadeInoperative() {
        var change = command("ChangeAvailability", Map.of("status", "Scheduled"), "change-availability",
                Map.of("connectorId", 0, "operative", false));

        assertThat(change.getKey()).isEqualTo("Scheduled");
        assertThat(change.getValue().path("operationalStatus").asText()).isEqualTo("Inoperative");
        assertThat(change.getValue().has("evse")).isFalse();
    }

    @Test
    void TC_F_20_CSMS_aHeartbeatIsTriggered() {
        var trigger = command("TriggerMessage", Map.of("status", "Accepted"), "trigger-message",
                Map.of("requestedMessage", "Heartbeat"));

        assertThat(trigger.getKey()).isEqualTo("Accepted");
        assertThat(trigger.getValue().path("requestedMessage").asText()).isEqualTo("Heartbeat");
    }

    @Test
    void TC_B_09_CSMS_changeConfigurationIsSetVariablesOfOneComponentVariable() {
        var set = command("SetVariables", Map.of("setVariableResult", List.of(Map.of("attributeStatus", "Accepted",
                        "component", Map.of("name", "OCPPCommCtrlr"), "variable", Map.of("name", "OfflineThreshold")))),
                "change-configuration", Map.of("key", "OCPPCommCtrlr.OfflineThreshold", "value", "123"));

        assertThat(set.getKey()).isEqualTo("Accepted");
        var data = set.getValue().path("setVariableData").get(0);
        assertThat(data.path("component").path("name").asText()).isEqualTo("OCPPCommCtrlr");
        assertThat(data.path("variable").path("name").asText()).isEqualTo("OfflineThreshold");
        assertThat(data.path("attributeValue").asText()).isEqualTo("123");
    }

    @Test
    void TC_B_07_CSMS_getConfigurationOfTwoKeysIsOneGetVariablesAndTheValuesComeBack() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("GetVariables", Map.of("getVariableResult", List.of(
                Map.of("attributeStatus", "Accepted", "attributeValue", "60",
                        "component", Map.of("name", "OCPPCommCtrlr"), "variable", Map.of("name", "OfflineThreshold")),
                Map.of("attributeStatus", "Accepted", "attributeValue", "true",
                        "component", Map.of("name", "AuthCtrlr"), "variable", Map.of("name", "AuthorizeRemoteStart")))));

        var read = api.post(commands(id) + "get-configuration",
                Map.of("keys", List.of("OCPPCommCtrlr.OfflineThreshold", "AuthCtrlr.AuthorizeRemoteStart")));
        var asked = station.awaitCall("GetVariables");

        assertThat(asked.path("getVariableData").findValuesAsText("name")).containsExactly(
                "OCPPCommCtrlr", "OfflineThreshold", "AuthCtrlr", "AuthorizeRemoteStart");
        assertThat(read.body().toString()).contains("OCPPCommCtrlr.OfflineThreshold").contains("\"60\"")
                .contains("AuthCtrlr.AuthorizeRemoteStart").contains("\"true\"");
    }

    @Test
    void TC_B_13_CSMS_getBaseReportFullInventoryThroughTheGenericEndpointAndTheReportIsStored() {
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

    @Test
    void TC_P_02_CSMS_aDataTransferOfAnUnknownVendorIsAnsweredUnknownVendorId() {
        ScriptedStation station = bootedStation(stations.registeredStation());

        var answer = station.call("DataTransfer", Map.of("vendorId", "com.example.unknown", "messageId", "hello"));

        assertThat(answer.text("status")).isEqualTo("UnknownVendorId");
    }

    @Test
    void aSecurityEventIsKeptWithThoseOf16Stations() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        var answer = station.call("SecurityEventNotification", Map.of("type", "FirmwareUpdated",
                "timestamp", Instant.now().toString()));

        assertThat(answer.isError()).isFalse();
        var events = api.get("/api/v1/stations/" + id + "/security-events").body();
        assertThat(events.path("items").findValuesAsText("type")).containsExactly("FirmwareUpdated");
    }
}
