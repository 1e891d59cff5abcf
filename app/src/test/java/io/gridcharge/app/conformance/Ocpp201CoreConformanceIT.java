package io.gridcharge.app.conformance;

import static io.gridcharge.app.conformance.ConformanceStations.PASSWORD;
import static io.gridcharge.app.conformance.Ocpp201CsmsConformanceIT.boot;
import static io.gridcharge.app.conformance.Ocpp201CsmsConformanceIT.commands;
import static io.gridcharge.app.conformance.Ocpp201CsmsConformanceIT.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.app.config.Setting;
import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The OCA OCPP 2.0.1 CSMS test cases of blocks B (provisioning, without SetNetworkProfile), E (transactions), F
 * (remote control), G (availability), J (meter values) and P (data transfer), replayed by an independent station
 * (ocpp-rpc in strict mode with protocol ocpp2.0.1, checking every message both ways against the official
 * schemas). The station's part follows the test tool's scenario, the operator's part ("manually request the
 * CSMS to ...") goes through the API, and each test asserts what the station is answered and sent and what
 * the API shows afterwards. Names carry the case id.
 */
class Ocpp201CoreConformanceIT {
    @RegisterExtension
    static final PlatformFixture PLATFORM = PlatformFixture.onItsOwnDatabase().with(Setting.HEARTBEAT_INTERVAL, "120");

    private final ApiClient api = PLATFORM.admin();

    @RegisterExtension
    final ConformanceStations stations = new ConformanceStations(PLATFORM, api, "V201C");

    // ---------------------------------------------------------------------------------------------------------
    // The station's side: boot, and the test tool's reusable states of a transaction on EVSE 1, connector 1.

    private ScriptedStation bootedStation(String id) {
        ScriptedStation station = stations.connectedStation201(id);
        assertThat(station.call("BootNotification", boot("SN-" + id)).text("status")).isEqualTo("Accepted");
        assertThat(station.call("StatusNotification", status(1, 1, "Available")).isError()).isFalse();
        return station;
    }

    /** A charging session as the station reports it: its own transaction id and the seqNo of its next event. */
    private static final class Session {
        final ScriptedStation station;
        final String transactionId;
        final String card;
        int seqNo;

        Session(ScriptedStation station, String transactionId, String card) {
            this.station = station;
            this.transactionId = transactionId;
            this.card = card;
        }

        /** One TransactionEvent; {@code info} goes into transactionInfo beside the id, {@code extra} beside it. */
        ScriptedStation.Answer event(String type, String trigger, Map<String, Object> info, Map<String, Object> extra) {
            Map<String, Object> transactionInfo = new HashMap<>(info);
            transactionInfo.put("transactionId", transactionId);
            Map<String, Object> event = new HashMap<>(Map.of("eventType", type, "timestamp", Instant.now().toString(),
                    "triggerReason", trigger, "seqNo", seqNo++, "transactionInfo", transactionInfo));
            event.putAll(extra);
            return station.call("TransactionEvent", event);
        }

        Map<String, Object> token() {
            return Map.of("idToken", card, "type", "ISO14443");
        }

        /** Authorized: the driver's card is accepted and the transaction starts (TxStartPoint Authorized). */
        ScriptedStation.Answer authorized() {
            var authorize = station.call("Authorize", Map.of("idToken", token()));
            assertThat(authorize.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
            return event("Started", "Authorized", Map.of(), Map.of("idToken", token(), "evse", evse()));
        }

        /** EnergyTransferStarted: the EV is plugged in and charges. */
        void energyTransferStarted() {
            assertThat(station.call("StatusNotification", status(1, 1, "Occupied")).isError()).isFalse();
            assertThat(event("Updated", "CablePluggedIn", Map.of("chargingState", "EVConnected"), Map.of("evse", evse()))
                    .isError()).isFalse();
            assertThat(event("Updated", "ChargingStateChanged", Map.of("chargingState", "Charging"), Map.of())
                    .isError()).isFalse();
        }

        /** StopAuthorized: the driver presents the card again to stop. */
        ScriptedStation.Answer stopAuthorized() {
            return event("Updated", "StopAuthorized", Map.of("chargingState", "EVConnected"), Map.of("idToken", token()));
        }

        /** EVDisconnected: the cable is unplugged, which ends the transaction (TxStopPoint EVConnected). */
        ScriptedStation.Answer evDisconnected(Map<String, Object> extra) {
            assertThat(station.call("StatusNotification", status(1, 1, "Available")).isError()).isFalse();
            return event("Ended", "EVCommunicationLost", Map.of("chargingState", "Idle",
                    "stoppedReason", "EVDisconnected"), extra);
        }

        static Map<String, Object> evse() {
            return Map.of("id", 1, "connectorId", 1);
        }
    }

    private Session session(ScriptedStation station, String id) {
        return new Session(station, "TX-" + id + "-" + System.nanoTime(), stations.issuedToken());
    }

    /** A session in EnergyTransferStarted, the state most cases begin in. */
    private Session charging(ScriptedStation station, String id) {
        Session session = session(station, id);
        assertThat(session.authorized().payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        session.energyTransferStarted();
        return session;
    }

    /** The station's one transaction as the API shows it, with its samples. */
    private JsonNode theTransactionOf(String stationId) {
        JsonNode items = api.get("/api/v1/transactions?stationId=" + stationId).body().path("items");
        assertThat(items).hasSize(1);
        return api.get("/api/v1/transactions/" + items.get(0).path("id").asLong()).body();
    }

    private JsonNode transactionsOf(String stationId) {
        return api.get("/api/v1/transactions?stationId=" + stationId).body().path("items");
    }

    private List<String> connectorStatuses(String stationId) {
        return api.get("/api/v1/stations/" + stationId).body().path("connectors").findValuesAsText("status");
    }

    /** Register readings in Wh: one meter value per reading, each with this context. */
    private static List<Object> readings(String context, long... wh) {
        List<Object> values = new java.util.ArrayList<>();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < wh.length; i++) {
            values.add(Map.of("timestamp", at.plusSeconds(i).toString(), "sampledValue", List.of(Map.of(
                    "value", wh[i], "context", context, "measurand", "Energy.Active.Import.Register"))));
        }
        return values;
    }

    /** A sampled value carrying the meter's signature (SignedMeterValueType), as a signing meter sends it. */
    private static Map<String, Object> signed(long wh, String context) {
        return Map.of("value", wh, "context", context, "measurand", "Energy.Active.Import.Register",
                "signedMeterValue", Map.of("signedMeterData", "U0lHTkVELU1FVEVSLURBVEE=",
                        "signingMethod", "ECDSAP256SHA256", "encodingMethod", "OCMF",
                        "publicKey", "UFVCTElDLUtFWQ=="));
    }

    // ---------------------------------------------------------------------------------------------------------
    // The operator's side: commands through the API.

    /** POST through the generic OCPP endpoint; returns the station's answer as the API passes it on. */
    private ApiClient.Reply generic(String id, String action, Object payload) {
        var reply = api.post("/api/v1/stations/" + id + "/ocpp/" + action, payload);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply;
    }

    private ApiClient.Reply typed(String id, String command, Object body) {
        var reply = api.post(commands(id) + command, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply;
    }

    /** The station closes its connection (reboot, lost link) and comes back as a fresh one. */
    private ScriptedStation reconnected(ScriptedStation station, String id) {
        station.close();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !api.get("/api/v1/stations/" + id).body().path("connected").asBoolean());
        return stations.connectedStation201(id);
    }

    // =========================================================================================================
    // B Provisioning

    @Test
    void TC_B_06_CSMS_getConfigurationOfOneKeyIsOneGetVariablesAndItsValueComesBack() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("GetVariables", Map.of("getVariableResult", List.of(Map.of("attributeStatus", "Accepted",
                "attributeValue", "300", "component", Map.of("name", "OCPPCommCtrlr"),
                "variable", Map.of("name", "HeartbeatInterval")))));

        var read = typed(id, "get-configuration", Map.of("keys", List.of("OCPPCommCtrlr.HeartbeatInterval")));
        var asked = station.awaitCall("GetVariables");

        assertThat(asked.path("getVariableData")).hasSize(1);
        assertThat(asked.path("getVariableData").get(0).path("component").path("name").asText())
                .isEqualTo("OCPPCommCtrlr");
        assertThat(asked.path("getVariableData").get(0).path("variable").path("name").asText())
                .isEqualTo("HeartbeatInterval");
        assertThat(read.body().path("configuration").findValuesAsText("value")).containsExactly("300");
    }

    @Test
    void TC_B_08_CSMS_fiveKeysToAStationTakingFourPerMessageAreAskedForInTwoGetVariables() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.call("NotifyReport", Map.of("requestId", 8, "generatedAt", Instant.now().toString(), "seqNo", 0,
                "reportData", List.of(Map.of("component", Map.of("name", "DeviceDataCtrlr"),
                        "variable", Map.of("name", "ItemsPerMessage", "instance", "GetVariables"),
                        "variableAttribute", List.of(Map.of("type", "Actual", "value", "4", "mutability", "ReadOnly"))))));
        List<String> keys = List.of("DeviceDataCtrlr.ItemsPerMessage[GetReport]",
                "DeviceDataCtrlr.ItemsPerMessage[GetVariables]", "DeviceDataCtrlr.BytesPerMessage[GetReport]",
                "DeviceDataCtrlr.BytesPerMessage[GetVariables]", "AuthCtrlr.AuthorizeRemoteStart");
        List<Object> results = new java.util.ArrayList<>();
        for (String key : keys) {
            String[] parts = key.split("[.\\[\\]]");
            Map<String, Object> variable = parts.length > 2 ? Map.of("name", parts[1], "instance", parts[2])
                    : Map.of("name", parts[1]);
            results.add(Map.of("attributeStatus", "Accepted", "attributeValue", "4",
                    "component", Map.of("name", parts[0]), "variable", variable));
        }
        // the scripted station answers each request alike; what is checked is how the keys were split
        station.answer("GetVariables", Map.of("getVariableResult", results.subList(0, 4)));

        var reply = api.post(commands(id) + "get-configuration", Map.of("keys", keys));
        var first = station.awaitCall("GetVariables");
        var second = station.awaitCall("GetVariables");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(first.path("getVariableData")).hasSize(4);
        assertThat(second.path("getVariableData")).hasSize(1);
        assertThat(first.path("getVariableData").get(0).path("variable").path("instance").asText()).isEqualTo("GetReport");
        assertThat(second.path("getVariableData").get(0).path("component").path("name").asText()).isEqualTo("AuthCtrlr");
    }

    @Test
    void TC_B_10_CSMS_twoVariablesAreSetInOneSetVariablesAndEachResultComesBack() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetVariables", Map.of("setVariableResult", List.of(
                Map.of("attributeStatus", "Accepted", "attributeType", "Actual",
                        "component", Map.of("name", "OCPPCommCtrlr"), "variable", Map.of("name", "OfflineThreshold")),
                Map.of("attributeStatus", "Accepted", "attributeType", "Actual",
                        "component", Map.of("name", "AuthCtrlr"), "variable", Map.of("name", "AuthorizeRemoteStart")))));

        var reply = generic(id, "SetVariables", Map.of("setVariableData", List.of(
                Map.of("attributeValue", "123", "component", Map.of("name", "OCPPCommCtrlr"),
                        "variable", Map.of("name", "OfflineThreshold")),
                Map.of("attributeValue", "false", "component", Map.of("name", "AuthCtrlr"),
                        "variable", Map.of("name", "AuthorizeRemoteStart")))));
        var asked = station.awaitCall("SetVariables");

        assertThat(asked.path("setVariableData").findValuesAsText("attributeValue")).containsExactly("123", "false");
        assertThat(asked.path("setVariableData").findValuesAsText("name")).containsExactly(
                "OCPPCommCtrlr", "OfflineThreshold", "AuthCtrlr", "AuthorizeRemoteStart");
        assertThat(reply.body().path("setVariableResult").findValuesAsText("attributeStatus"))
                .containsExactly("Accepted", "Accepted");
    }

    /** B07: the report asked for comes back in NotifyReport parts and is kept as the station's device model. */
    private void baseReportIsAskedForAndKept(String reportBase) {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("GetBaseReport", Map.of("status", "Accepted"));

        var reply = generic(id, "GetBaseReport", Map.of("requestId", 7, "reportBase", reportBase));
        var asked = station.awaitCall("GetBaseReport");
        var part = station.call("NotifyReport", Map.of("requestId", 7, "generatedAt", Instant.now().toString(),
                "seqNo", 0, "reportData", List.of(Map.of("component", Map.of("name", "OCPPCommCtrlr"),
                        "variable", Map.of("name", "OfflineThreshold"),
                        "variableAttribute", List.of(Map.of("type", "Actual", "value", "60", "mutability", "ReadWrite")),
                        "variableCharacteristics", Map.of("dataType", "integer", "supportsMonitoring", true)))));

        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("reportBase").asText()).isEqualTo(reportBase);
        assertThat(asked.path("requestId").asInt()).isEqualTo(7);
        assertThat(part.isError()).isFalse();
        var reports = api.get("/api/v1/stations/" + id + "/device-model/reports").body();
        assertThat(reports.path("items").findValuesAsText("requestId")).containsExactly("7");
        assertThat(reports.path("items").findValuesAsText("complete")).containsExactly("true");
        var variables = api.get("/api/v1/stations/" + id + "/device-model/variables").body();
        assertThat(variables.path("items").findValuesAsText("value")).containsExactly("60");
    }

    @Test
    void TC_B_12_CSMS_aConfigurationInventoryIsAskedForAndKeptAsTheDeviceModel() {
        baseReportIsAskedForAndKept("ConfigurationInventory");
    }

    @Test
    void TC_B_14_CSMS_aSummaryInventoryIsAskedForAndKeptAsTheDeviceModel() {
        baseReportIsAskedForAndKept("SummaryInventory");
    }

    @Test
    void TC_B_18_CSMS_aCustomReportByCriteriaAndComponentAnEmptyOneAndOneThatIsKept() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Map<String, Object> availability = Map.of("component", Map.of("name", "EVSE", "evse", Map.of("id", 1)),
                "variable", Map.of("name", "AvailabilityState"));

        station.answer("GetReport", Map.of("status", "EmptyResultSet"));
        var empty = generic(id, "GetReport", Map.of("requestId", 21, "componentCriteria", List.of("Problem"),
                "componentVariable", List.of(availability)));
        var firstAsked = station.awaitCall("GetReport");
        station.answer("GetReport", Map.of("status", "Accepted"));
        var accepted = generic(id, "GetReport", Map.of("requestId", 22, "componentCriteria", List.of("Available"),
                "componentVariable", List.of(availability)));
        var secondAsked = station.awaitCall("GetReport");
        var part = station.call("NotifyReport", Map.of("requestId", 22, "generatedAt", Instant.now().toString(),
                "seqNo", 0, "reportData", List.of(Map.of("component", Map.of("name", "EVSE", "evse", Map.of("id", 1)),
                        "variable", Map.of("name", "AvailabilityState"),
                        "variableAttribute", List.of(Map.of("type", "Actual", "value", "Available",
                                "mutability", "ReadOnly")),
                        "variableCharacteristics", Map.of("dataType", "OptionList", "supportsMonitoring", true)))));

        assertThat(empty.text("status")).isEqualTo("EmptyResultSet");
        assertThat(firstAsked.path("componentCriteria").get(0).asText()).isEqualTo("Problem");
        assertThat(firstAsked.path("componentVariable").get(0).path("component").path("evse").path("id").asInt())
                .isEqualTo(1);
        assertThat(accepted.text("status")).isEqualTo("Accepted");
        assertThat(secondAsked.path("componentCriteria").get(0).asText()).isEqualTo("Available");
        assertThat(part.isError()).isFalse();
        var variables = api.get("/api/v1/stations/" + id + "/device-model/variables").body();
        assertThat(variables.path("items").findValuesAsText("value")).containsExactly("Available");
    }

    @Test
    void TC_B_21_CSMS_aSoftResetDuringATransactionIsOnIdleForTheStationAndTheTransactionEndsBeforeTheReboot() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Session session = charging(station, id);
        station.answer("Reset", Map.of("status", "Scheduled"));

        var reset = typed(id, "reset", Map.of("type", "Soft"));
        var asked = station.awaitCall("Reset");
        var stop = session.stopAuthorized();
        var ended = session.event("Ended", "EVCommunicationLost", Map.of("chargingState", "Idle",
                "stoppedReason", "EVDisconnected"), Map.of());
        ScriptedStation rebooted = reconnected(station, id);
        var boot = rebooted.call("BootNotification", Map.of("reason", "ScheduledReset", "chargingStation",
                Map.of("vendorName", "Acme", "model", "Wallbox 9")));
        var available = rebooted.call("StatusNotification", status(1, 1, "Available"));

        assertThat(reset.text("status")).isEqualTo("Scheduled");
        assertThat(asked.path("type").asText()).isEqualTo("OnIdle");
        assertThat(asked.has("evseId")).isFalse();
        assertThat(stop.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        assertThat(ended.isError()).isFalse();
        assertThat(boot.text("status")).isEqualTo("Accepted");
        assertThat(available.isError()).isFalse();
        var transaction = theTransactionOf(id);
        assertThat(transaction.path("status").asText()).isEqualTo("Completed");
        assertThat(transaction.path("stopReason").asText()).isEqualTo("EVDisconnected");
        assertThat(connectorStatuses(id)).containsExactly("Available");
    }

    @Test
    void TC_B_22_CSMS_aHardResetDuringATransactionIsImmediateAndTheTransactionEndsWithImmediateReset() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Session session = charging(station, id);
        station.answer("Reset", Map.of("status", "Accepted"));

        var reset = typed(id, "reset", Map.of("type", "Hard"));
        var asked = station.awaitCall("Reset");
        var ended = session.event("Ended", "ResetCommand", Map.of("chargingState", "EVConnected",
                "stoppedReason", "ImmediateReset"), Map.of());
        ScriptedStation rebooted = reconnected(station, id);
        var boot = rebooted.call("BootNotification", Map.of("reason", "RemoteReset", "chargingStation",
                Map.of("vendorName", "Acme", "model", "Wallbox 9")));
        rebooted.call("StatusNotification", status(1, 1, "Occupied"));

        assertThat(reset.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("type").asText()).isEqualTo("Immediate");
        assertThat(asked.has("evseId")).isFalse();
        assertThat(ended.isError()).isFalse();
        assertThat(boot.text("status")).isEqualTo("Accepted");
        var transaction = theTransactionOf(id);
        assertThat(transaction.path("status").asText()).isEqualTo("Completed");
        assertThat(transaction.path("stopReason").asText()).isEqualTo("ImmediateReset");
        assertThat(connectorStatuses(id)).containsExactly("Occupied");
    }

    @Test
    void TC_B_25_CSMS_oneEvseIsResetOnIdle() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("Reset", Map.of("status", "Accepted"));

        var reply = generic(id, "Reset", Map.of("type", "OnIdle", "evseId", 1));
        var asked = station.awaitCall("Reset");

        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("type").asText()).isEqualTo("OnIdle");
        assertThat(asked.path("evseId").asInt()).isEqualTo(1);
    }

    @Test
    void TC_B_26_CSMS_anEvseResetOnIdleIsScheduledAndItsTransactionEndsNormally() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Session session = charging(station, id);
        station.answer("Reset", Map.of("status", "Scheduled"));

        var reply = generic(id, "Reset", Map.of("type", "OnIdle", "evseId", 1));
        var asked = station.awaitCall("Reset");
        var stop = session.stopAuthorized();
        var ended = session.event("Ended", "EVCommunicationLost", Map.of("chargingState", "Idle",
                "stoppedReason", "EVDisconnected"), Map.of());

        assertThat(reply.text("status")).isEqualTo("Scheduled");
        assertThat(asked.path("evseId").asInt()).isEqualTo(1);
        assertThat(stop.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        assertThat(ended.isError()).isFalse();
        assertThat(theTransactionOf(id).path("stopReason").asText()).isEqualTo("EVDisconnected");
    }

    @Test
    void TC_B_27_CSMS_anImmediateEvseResetEndsItsTransactionWithImmediateReset() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Session session = charging(station, id);
        station.answer("Reset", Map.of("status", "Accepted"));

        var reply = generic(id, "Reset", Map.of("type", "Immediate", "evseId", 1));
        var asked = station.awaitCall("Reset");
        var ended = session.event("Ended", "ResetCommand", Map.of("chargingState", "EVConnected",
                "stoppedReason", "ImmediateReset"), Map.of());

        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("type").asText()).isEqualTo("Immediate");
        assertThat(asked.path("evseId").asInt()).isEqualTo(1);
        assertThat(ended.isError()).isFalse();
        var transaction = theTransactionOf(id);
        assertThat(transaction.path("status").asText()).isEqualTo("Completed");
        assertThat(transaction.path("stopReason").asText()).isEqualTo("ImmediateReset");
    }

    @Test
    void TC_B_31_CSMS_aPendingStationIsAskedToBootAgainAndIsAcceptedThen() {
        String id = ConformanceStations.uniqueName("V201C-PENDING");
        assertThat(api.post("/api/v1/stations", Map.of("id", id, "password", PASSWORD, "registration", "Pending"))
                .status()).isEqualTo(201);
        ScriptedStation station = stations.connectedStation201(id);
        var pending = station.call("BootNotification", boot("SN-B31"));
        assertThat(api.patch("/api/v1/stations/" + id, Map.of("registration", "Accepted")).status()).isEqualTo(200);
        station.answer("TriggerMessage", Map.of("status", "Accepted"));

        var trigger = typed(id, "trigger-message", Map.of("requestedMessage", "BootNotification"));
        var asked = station.awaitCall("TriggerMessage");
        var triggered = station.call("BootNotification", Map.of("reason", "Triggered", "chargingStation",
                Map.of("vendorName", "Acme", "model", "Wallbox 9")));
        var available = station.call("StatusNotification", status(1, 1, "Available"));

        assertThat(pending.text("status")).isEqualTo("Pending");
        assertThat(trigger.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("requestedMessage").asText()).isEqualTo("BootNotification");
        assertThat(triggered.text("status")).isEqualTo("Accepted");
        assertThat(available.isError()).isFalse();
        assertThat(connectorStatuses(id)).containsExactly("Available");
    }

    @Test
    void TC_B_44_CSMS_aNetworkProfileTheStationFailsToSetIsAnsweredFailed() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetNetworkProfile", Map.of("status", "Failed"));

        var reply = typed(id, "set-network-profile", Map.of("configurationSlot", 1, "connectionData", Map.of(
                "ocppCsmsUrl", "wss://csms.example.com/ocpp", "messageTimeout", 30, "securityProfile", 1,
                "ocppInterface", "Wired0")));
        var asked = station.awaitCall("SetNetworkProfile");

        assertThat(asked.path("configurationSlot").asInt()).isEqualTo(1);
        assertThat(asked.path("connectionData").path("ocppCsmsUrl").asText()).isEqualTo("wss://csms.example.com/ocpp");
        assertThat(reply.text("status")).isEqualTo("Failed");
    }

    @Test
    void TC_B_58_CSMS_ocpp201IsChosenAmongTheOfferedSubprotocolsAndAStationOfferingNoneWeSpeakIsClosed()
            throws Exception {
        String id = stations.registeredStation();

        Handshake none = handshake(id, "ocpp0.1");
        Handshake common = handshake(id, "ocpp0.1", "ocpp2.0.1");

        // OCPP-J 2.0.1 part 4 §3.1.2: without a common version the handshake completes with no
        // Sec-WebSocket-Protocol and the CSMS closes the connection at once.
        assertThat(none.subprotocol()).isEmpty();
        assertThat(none.closeCode().get(20, TimeUnit.SECONDS)).isEqualTo(1002);
        assertThat(common.subprotocol()).isEqualTo("ocpp2.0.1");
    }

    private record Handshake(String subprotocol, CompletableFuture<Integer> closeCode) {
    }

    /** A station's WebSocket handshake made by the JDK's client, offering {@code subprotocols} in order. */
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
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(20, TimeUnit.SECONDS);
        }
        return new Handshake(subprotocol, closed);
    }

    // =========================================================================================================
    // E Transactions

    @Test
    void TC_E_02_CSMS_aTransactionStartedWhenEnergyFlowsIsBookedWithItsToken() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Session session = session(station, id);
        station.call("Authorize", Map.of("idToken", session.token()));
        station.call("StatusNotification", status(1, 1, "Occupied"));

        var started = session.event("Started", "ChargingStateChanged", Map.of("chargingState", "Charging"),
                Map.of("idToken", session.token(), "evse", Session.evse(),
                        "meterValue", readings("Transaction.Begin", 1_000)));

        assertThat(started.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        var transaction = theTransactionOf(id);
        assertThat(transaction.path("status").asText()).isEqualTo("Active");
        assertThat(transaction.path("idToken").asText()).isEqualTo(session.card);
        assertThat(transaction.path("connectorId").asInt()).isEqualTo(1);
        assertThat(transaction.path("meterStart").asLong()).isEqualTo(1_000);
        assertThat(connectorStatuses(id)).containsExactly("Occupied");
    }

    @Test
    void TC_E_04_CSMS_authorizationFirstThenPlugInIsOneTransactionWithTheToken() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Session session = session(station, id);

        var started = session.authorized();
        session.energyTransferStarted();

        assertThat(started.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        var transaction = theTransactionOf(id);
        assertThat(transaction.path("status").asText()).isEqualTo("Active");
        assertThat(transaction.path("idToken").asText()).isEqualTo(session.card);
        assertThat(transaction.path("stationTransactionId").asText()).isEqualTo(session.transactionId);
    }

    @Test
    void TC_E_07_CSMS_aLocalStopEndsTheTransactionWithReasonLocal() {
        String id = stations.registeredStation();
        Session session = charging(bootedStation(id), id);

        var ended = session.event("Ended", "StopAuthorized", Map.of("stoppedReason", "Local"),
                Map.of("meterValue", readings("Transaction.End", 4_200)));

        assertThat(ended.isError()).isFalse();
        var transaction = theTransactionOf(id);
        assertThat(transaction.path("status").asText()).isEqualTo("Completed");
        assertThat(transaction.path("stopReason").asText()).isEqualTo("Local");
        assertThat(transaction.path("energyWh").asLong()).isEqualTo(4_200);
    }

    @Test
    void TC_E_08_CSMS_aTransactionEndingWhenEnergyStopsAfterStopAuthorizedIsCompleted() {
        String id = stations.registeredStation();
        Session session = charging(bootedStation(id), id);

        var stop = session.stopAuthorized();
        var ended = session.event("Ended", "ChargingStateChanged", Map.of("chargingState", "EVConnected",
                "stoppedReason", "Local"), Map.of());

        assertThat(stop.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        assertThat(ended.isError()).isFalse();
        var transaction = theTransactionOf(id);
        assertThat(transaction.path("status").asText()).isEqualTo("Completed");
        assertThat(transaction.path("stopReason").asText()).isEqualTo("Local");
    }

    @Test
    void TC_E_09_CSMS_aTransactionStartedByPlugInIsListedWithoutAToken() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Session session = session(station, id);
        station.call("StatusNotification", status(1, 1, "Occupied"));

        var started = session.event("Started", "CablePluggedIn", Map.of("chargingState", "EVConnected"),
                Map.of("evse", Session.evse()));

        assertThat(started.isError()).isFalse();
        assertThat(started.payload().has("idTokenInfo")).isFalse();
        var transaction = theTransactionOf(id);
        assertThat(transaction.path("status").asText()).isEqualTo("Active");
        assertThat(transaction.path("idToken").isNull()).isTrue();
    }

    @Test
    void TC_E_10_CSMS_aTransactionStartedByALocallyAuthorizedTokenIsAnsweredAccepted() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Session session = session(station, id);

        var started = session.authorized();

        assertThat(started.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        assertThat(theTransactionOf(id).path("idToken").asText()).isEqualTo(session.card);
    }

    @Test
    void TC_E_11_CSMS_aTransactionStartedOnSignedMeterDataKeepsItsSignedBeginReading() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Session session = session(station, id);
        station.call("Authorize", Map.of("idToken", session.token()));
        station.call("StatusNotification", status(1, 1, "Occupied"));

        var started = session.event("Started", "SignedDataReceived", Map.of("chargingState", "SuspendedEVSE"),
                Map.of("idToken", session.token(), "evse", Session.evse(), "meterValue", List.of(Map.of(
                        "timestamp", Instant.now().toString(), "sampledValue",
                        List.of(signed(2_000, "Transaction.Begin"))))));
        var charging = session.event("Updated", "ChargingStateChanged", Map.of("chargingState", "Charging"), Map.of());

        assertThat(started.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        assertThat(charging.isError()).isFalse();
        var transaction = theTransactionOf(id);
        assertThat(transaction.path("meterStart").asLong()).isEqualTo(2_000);
        assertThat(transaction.path("samples").findValuesAsText("context")).contains("Transaction.Begin");
    }

    @Test
    void TC_E_12_CSMS_aTransactionStartedByParkingBayOccupancyNeedsNoEvseNorToken() {
        String id = stations.registeredStation();
        Session session = session(bootedStation(id), id);

        var started = session.event("Started", "EVDetected", Map.of(), Map.of());

        assertThat(started.isError()).isFalse();
        var transaction = theTransactionOf(id);
        assertThat(transaction.path("status").asText()).isEqualTo("Active");
        assertThat(transaction.path("stationTransactionId").asText()).isEqualTo(session.transactionId);
    }

    @Test
    void TC_E_14_CSMS_unpluggingAtTheStationAfterTheSessionEndsTheTransaction() {
        String id = stations.registeredStation();
        Session session = charging(bootedStation(id), id);
        session.stopAuthorized();
        session.event("Updated", "ChargingStateChanged", Map.of("chargingState", "EVConnected"), Map.of());

        var ended = session.evDisconnected(Map.of());

        assertThat(ended.isError()).isFalse();
        var transaction = theTransactionOf(id);
        assertThat(transaction.path("status").asText()).isEqualTo("Completed");
        assertThat(transaction.path("stopReason").asText()).isEqualTo("EVDisconnected");
        assertThat(connectorStatuses(id)).containsExactly("Available");
    }

    @Test
    void TC_E_15_CSMS_theDriversStopEndsTheTransactionAsLocal() {
        String id = stations.registeredStation();
        Session session = charging(bootedStation(id), id);

        var ended = session.event("Ended", "StopAuthorized", Map.of("stoppedReason", "Local"),
                Map.of("idToken", session.token()));

        assertThat(ended.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        assertThat(theTransactionOf(id).path("stopReason").asText()).isEqualTo("Local");
    }

    @Test
    void TC_E_16_CSMS_anUnknownTokenIsAnsweredInvalidAndTheDeauthorizedTransactionEnds() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Session session = new Session(station, "TX-" + id, "NO-SUCH-CARD-" + id);

        var started = session.event("Started", "Authorized", Map.of(),
                Map.of("idToken", session.token(), "evse", Session.evse()));
        var ended = session.event("Ended", "Deauthorized", Map.of("stoppedReason", "DeAuthorized"), Map.of());

        assertThat(started.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Invalid");
        assertThat(ended.isError()).isFalse();
        var transaction = theTransactionOf(id);
        assertThat(transaction.path("status").asText()).isEqualTo("Completed");
        assertThat(transaction.path("stopReason").asText()).isEqualTo("DeAuthorized");
    }

    @Test
    void TC_E_17_CSMS_theEvUnpluggingWhileSuspendedEndsTheTransaction() {
        String id = stations.registeredStation();
        Session session = charging(bootedStation(id), id);
        session.event("Updated", "ChargingStateChanged", Map.of("chargingState", "SuspendedEV"), Map.of());

        var ended = session.event("Ended", "EVCommunicationLost", Map.of("chargingState", "Idle",
                "stoppedReason", "EVDisconnected"), Map.of());

        assertThat(ended.isError()).isFalse();
        var transaction = theTransactionOf(id);
        assertThat(transaction.path("status").asText()).isEqualTo("Completed");
        assertThat(transaction.path("stopReason").asText()).isEqualTo("EVDisconnected");
    }

    @Test
    void TC_E_19_CSMS_theEvLeavingTheBayEndsTheTransactionAfterTheCableWasUnplugged() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Session session = charging(station, id);
        session.stopAuthorized();
        station.call("StatusNotification", status(1, 1, "Available"));
        var unplugged = session.event("Updated", "EVCommunicationLost", Map.of("chargingState", "Idle"), Map.of());
        assertThat(theTransactionOf(id).path("status").asText()).isEqualTo("Active");

        var ended = session.event("Ended", "EVDeparted", Map.of("stoppedReason", "Local"), Map.of());

        assertThat(unplugged.isError()).isFalse();
        assertThat(ended.isError()).isFalse();
        var transaction = theTransactionOf(id);
        assertThat(transaction.path("status").asText()).isEqualTo("Completed");
        assertThat(transaction.path("stopReason").asText()).isEqualTo("Local");
    }

    @Test
    void TC_E_20_CSMS_unpluggingAtTheEvWhileSuspendedEndsTheTransaction() {
        String id = stations.registeredStation();
        Session session = charging(bootedStation(id), id);
        session.event("Updated", "ChargingStateChanged", Map.of("chargingState", "SuspendedEV"), Map.of());

        var ended = session.evDisconnected(Map.of());

        assertThat(ended.isError()).isFalse();
        assertThat(theTransactionOf(id).path("stopReason").asText()).isEqualTo("EVDisconnected");
        assertThat(connectorStatuses(id)).containsExactly("Available");
    }

    @Test
    void TC_E_22_CSMS_theEvStoppingTheEnergyTransferEndsTheTransactionStoppedByEv() {
        String id = stations.registeredStation();
        Session session = charging(bootedStation(id), id);

        var ended = session.event("Ended", "ChargingStateChanged", Map.of("chargingState", "SuspendedEV",
                "stoppedReason", "StoppedByEV"), Map.of());

        assertThat(ended.isError()).isFalse();
        var transaction = theTransactionOf(id);
        assertThat(transaction.path("status").asText()).isEqualTo("Completed");
        assertThat(transaction.path("stopReason").asText()).isEqualTo("StoppedByEV");
    }

    @Test
    void TC_E_26_CSMS_unpluggingAtTheEvSideSuspendsTheTransactionAndPluggingBackResumesIt() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Session session = charging(station, id);
        session.event("Updated", "ChargingStateChanged", Map.of("chargingState", "SuspendedEV"), Map.of());

        var lost = session.event("Updated", "EVCommunicationLost", Map.of("chargingState", "Idle"), Map.of());
        station.call("StatusNotification", status(1, 1, "Available"));
        var plugged = session.event("Updated", "CablePluggedIn", Map.of("chargingState", "EVConnected"), Map.of());
        var charging = session.event("Updated", "ChargingStateChanged", Map.of("chargingState", "Charging"),
                Map.of("meterValue", readings("Sample.Periodic", 800)));

        assertThat(lost.isError()).isFalse();
        assertThat(plugged.isError()).isFalse();
        assertThat(charging.isError()).isFalse();
        var transaction = theTransactionOf(id);
        assertThat(transaction.path("status").asText()).isEqualTo("Active");
        assertThat(transaction.path("samples").findValuesAsText("value")).contains("800");
    }

    /**
     * E14: the operator asks the station whether it still has events of a transaction to deliver; the station
     * that was offline answers, then delivers the queued event marked offline, which is kept.
     */
    private void transactionStatusIsAskedAfterTheStationWasOffline(boolean withTransactionId, boolean ongoing,
                                                                   boolean messagesInQueue) {
        String id = stations.registeredStation();
        ScriptedStation first = bootedStation(id);
        Session online = charging(first, id);
        ScriptedStation station = reconnected(first, id);
        station.call("BootNotification", boot("SN-" + id));
        Session session = new Session(station, online.transactionId, online.card);
        session.seqNo = online.seqNo;
        Map<String, Object> answer = new HashMap<>(Map.of("messagesInQueue", messagesInQueue));
        if (withTransactionId) {
            answer.put("ongoingIndicator", ongoing);
        }
        station.answer("GetTransactionStatus", answer);

        var reply = generic(id, "GetTransactionStatus",
                withTransactionId ? Map.of("transactionId", session.transactionId) : Map.of());
        var asked = station.awaitCall("GetTransactionStatus");

        assertThat(reply.body().path("messagesInQueue").asBoolean()).isEqualTo(messagesInQueue);
        assertThat(reply.body().has("ongoingIndicator")).isEqualTo(withTransactionId);
        if (withTransactionId) {
            assertThat(asked.path("transactionId").asText()).isEqualTo(session.transactionId);
            assertThat(reply.body().path("ongoingIndicator").asBoolean()).isEqualTo(ongoing);
        } else {
            assertThat(asked.has("transactionId")).isFalse();
        }
        if (messagesInQueue) {
            var queued = ongoing
                    ? session.event("Updated", "MeterValuePeriodic", Map.of(),
                            Map.of("offline", true, "meterValue", readings("Sample.Periodic", 1_500)))
                    : session.event("Ended", "EVCommunicationLost", Map.of("stoppedReason", "EVDisconnected"),
                            Map.of("offline", true, "meterValue", readings("Transaction.End", 1_500)));
            assertThat(queued.isError()).isFalse();
            var transaction = theTransactionOf(id);
            assertThat(transaction.path("samples").findValuesAsText("value")).contains("1500");
            assertThat(transaction.path("status").asText()).isEqualTo(ongoing ? "Active" : "Completed");
        }
    }

    @Test
    void TC_E_29_CSMS_theStatusOfAnOngoingTransactionWithQueuedEventsIsAskedAndTheQueuedEventKept() {
        transactionStatusIsAskedAfterTheStationWasOffline(true, true, true);
    }

    @Test
    void TC_E_30_CSMS_theStatusOfAnOngoingTransactionWithNothingQueuedIsAsked() {
        transactionStatusIsAskedAfterTheStationWasOffline(true, true, false);
    }

    @Test
    void TC_E_31_CSMS_theStatusOfATransactionThatEndedOfflineIsAskedAndItsQueuedEndedEventBooked() {
        transactionStatusIsAskedAfterTheStationWasOffline(true, false, true);
    }

    @Test
    void TC_E_33_CSMS_theStationIsAskedWhetherAnyEventsAreQueuedAndTheQueuedEventKept() {
        transactionStatusIsAskedAfterTheStationWasOffline(false, true, true);
    }

    @Test
    void TC_E_34_CSMS_theStationIsAskedWhetherAnyEventsAreQueuedAndHasNone() {
        transactionStatusIsAskedAfterTheStationWasOffline(false, true, false);
    }

    @Test
    void TC_E_38_CSMS_anEvNotReadyToChargeLeavesTheTransactionRunningSuspended() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Session session = session(station, id);
        session.authorized();
        station.call("StatusNotification", status(1, 1, "Occupied"));

        var plugged = session.event("Updated", "CablePluggedIn", Map.of("chargingState", "EVConnected"),
                Map.of("evse", Session.evse()));
        var suspended = session.event("Updated", "ChargingStateChanged", Map.of("chargingState", "SuspendedEV"),
                Map.of());

        assertThat(plugged.isError()).isFalse();
        assertThat(suspended.isError()).isFalse();
        assertThat(theTransactionOf(id).path("status").asText()).isEqualTo("Active");
        assertThat(connectorStatuses(id)).containsExactly("Occupied");
    }

    @Test
    void TC_E_39_CSMS_anAuthorizationWithoutAnEvPluggedInTimesOutAndEndsTheTransaction() {
        String id = stations.registeredStation();
        Session session = session(bootedStation(id), id);
        session.authorized();

        var ended = session.event("Ended", "EVConnectTimeout", Map.of("stoppedReason", "Timeout"), Map.of());

        assertThat(ended.isError()).isFalse();
        var transaction = theTransactionOf(id);
        assertThat(transaction.path("status").asText()).isEqualTo("Completed");
        assertThat(transaction.path("stopReason").asText()).isEqualTo("Timeout");
        assertThat(transaction.path("energyWh").asLong()).isZero();
    }

    @Test
    void TC_E_53_CSMS_eachTransactionMayNumberItsEventsFromZeroAgain() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        for (int i = 0; i < 2; i++) {
            Session session = charging(station, id);
            assertThat(session.seqNo).isEqualTo(3);
            session.stopAuthorized();
            session.event("Updated", "ChargingStateChanged", Map.of("chargingState", "EVConnected"), Map.of());
            assertThat(session.evDisconnected(Map.of("meterValue", readings("Transaction.End", 900))).isError())
                    .isFalse();
        }

        JsonNode transactions = transactionsOf(id);
        assertThat(transactions).hasSize(2);
        assertThat(transactions.findValuesAsText("status")).containsExactly("Completed", "Completed");
        assertThat(transactions.findValuesAsText("energyWh")).containsExactly("900", "900");
    }

    // =========================================================================================================
    // F Remote control

    @Test
    void TC_F_01_CSMS_aRemoteStartAfterPlugInAuthorizesTheRunningTransaction() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Session session = session(station, id);
        station.call("StatusNotification", status(1, 1, "Occupied"));
        session.event("Started", "CablePluggedIn", Map.of("chargingState", "EVConnected"), Map.of("evse", Session.evse()));
        station.answer("RequestStartTransaction", Map.of("status", "Accepted", "transactionId", session.transactionId));

        var reply = typed(id, "remote-start", Map.of("connectorId", 1, "idToken", session.card));
        var asked = station.awaitCall("RequestStartTransaction");
        var authorized = session.event("Updated", "RemoteStart", Map.of("remoteStartId",
                asked.path("remoteStartId").asInt()), Map.of("idToken", asked.path("idToken")));

        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("evseId").asInt()).isEqualTo(1);
        assertThat(asked.path("idToken").path("idToken").asText()).isEqualTo(session.card);
        assertThat(authorized.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        var transaction = theTransactionOf(id);
        assertThat(transaction.path("status").asText()).isEqualTo("Active");
        assertThat(transaction.path("idToken").asText()).isEqualTo(session.card);
    }

    @Test
    void TC_F_02_CSMS_aRemoteStartTheStationAuthorizesFirstIsOneTransactionWithTheToken() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Session session = session(station, id);
        station.answer("RequestStartTransaction", Map.of("status", "Accepted"));

        var reply = typed(id, "remote-start", Map.of("connectorId", 1, "idToken", session.card));
        var asked = station.awaitCall("RequestStartTransaction");
        var authorize = station.call("Authorize", Map.of("idToken", asked.path("idToken")));
        var started = session.event("Started", "RemoteStart", Map.of("remoteStartId",
                asked.path("remoteStartId").asInt()), Map.of("idToken", asked.path("idToken"), "evse", Session.evse()));
        session.energyTransferStarted();

        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(authorize.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        assertThat(started.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        var transaction = theTransactionOf(id);
        assertThat(transaction.path("idToken").asText()).isEqualTo(session.card);
        assertThat(transaction.path("connectorId").asInt()).isEqualTo(1);
    }

    @Test
    void TC_F_04_CSMS_aRemotelyStartedTransactionWithoutAnEvPluggedInIsReportedTimedOut() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Session session = session(station, id);
        station.answer("RequestStartTransaction", Map.of("status", "Accepted"));

        typed(id, "remote-start", Map.of("connectorId", 1, "idToken", session.card));
        var asked = station.awaitCall("RequestStartTransaction");
        var started = session.event("Started", "RemoteStart", Map.of("remoteStartId",
                asked.path("remoteStartId").asInt()), Map.of("idToken", asked.path("idToken"), "evse", Session.evse()));
        var timedOut = session.event("Updated", "EVConnectTimeout", Map.of(), Map.of());
        var ended = session.event("Ended", "EVConnectTimeout", Map.of("stoppedReason", "Timeout"), Map.of());

        assertThat(started.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        assertThat(timedOut.isError()).isFalse();
        assertThat(ended.isError()).isFalse();
        var transaction = theTransactionOf(id);
        assertThat(transaction.path("stopReason").asText()).isEqualTo("Timeout");
        assertThat(transaction.path("energyWh").asLong()).isZero();
    }

    /** F06 through the typed endpoint: the station's answer and the request it got. */
    private Map.Entry<String, JsonNode> trigger(String id, ScriptedStation station, String answer, Object body) {
        station.answer("TriggerMessage", Map.of("status", answer));
        var reply = typed(id, "trigger-message", body);
        return Map.entry(reply.text("status"), station.awaitCall("TriggerMessage"));
    }

    /** F06 through the generic endpoint, for the 2.0.1 messages 1.6 has no name for. */
    private Map.Entry<String, JsonNode> triggerGeneric(String id, ScriptedStation station, Map<String, Object> body) {
        station.answer("TriggerMessage", Map.of("status", "Accepted"));
        var reply = generic(id, "TriggerMessage", body);
        return Map.entry(reply.text("status"), station.awaitCall("TriggerMessage"));
    }

    @Test
    void TC_F_11_CSMS_meterValuesOfOneEvseAreTriggeredAndAnswered() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        var trigger = trigger(id, station, "Accepted", Map.of("requestedMessage", "MeterValues", "connectorId", 1));
        var meterValues = station.call("MeterValues", Map.of("evseId", 1, "meterValue", readings("Trigger", 5_000)));

        assertThat(trigger.getKey()).isEqualTo("Accepted");
        assertThat(trigger.getValue().path("requestedMessage").asText()).isEqualTo("MeterValues");
        assertThat(trigger.getValue().path("evse").path("id").asInt()).isEqualTo(1);
        assertThat(meterValues.isError()).isFalse();
    }

    @Test
    void TC_F_12_CSMS_meterValuesOfAllEvsesAreTriggeredWithoutAnEvse() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        var trigger = trigger(id, station, "Accepted", Map.of("requestedMessage", "MeterValues"));
        var meterValues = station.call("MeterValues", Map.of("evseId", 1, "meterValue", readings("Trigger", 5_000)));

        assertThat(trigger.getValue().path("requestedMessage").asText()).isEqualTo("MeterValues");
        assertThat(trigger.getValue().has("evse")).isFalse();
        assertThat(meterValues.isError()).isFalse();
    }

    @Test
    void TC_F_13_CSMS_aTransactionEventOfOneEvseIsTriggeredAndItsTriggerReadingKept() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Session session = charging(station, id);

        var trigger = triggerGeneric(id, station, Map.of("requestedMessage", "TransactionEvent", "evse", Map.of("id", 1)));
        var triggered = session.event("Updated", "Trigger", Map.of("chargingState", "Charging"),
                Map.of("evse", Session.evse(), "meterValue", readings("Trigger", 3_300)));

        assertThat(trigger.getKey()).isEqualTo("Accepted");
        assertThat(trigger.getValue().path("requestedMessage").asText()).isEqualTo("TransactionEvent");
        assertThat(trigger.getValue().path("evse").path("id").asInt()).isEqualTo(1);
        assertThat(triggered.isError()).isFalse();
        assertThat(theTransactionOf(id).path("samples").findValuesAsText("context")).contains("Trigger");
    }

    @Test
    void TC_F_14_CSMS_transactionEventsOfAllEvsesAreTriggeredWithoutAnEvse() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Session session = charging(station, id);

        var trigger = triggerGeneric(id, station, Map.of("requestedMessage", "TransactionEvent"));
        var triggered = session.event("Updated", "Trigger", Map.of("chargingState", "Charging"),
                Map.of("evse", Session.evse(), "meterValue", readings("Trigger", 3_300)));

        assertThat(trigger.getValue().has("evse")).isFalse();
        assertThat(triggered.isError()).isFalse();
    }

    @Test
    void TC_F_15_CSMS_aLogStatusNotificationIsTriggered() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        var trigger = triggerGeneric(id, station, Map.of("requestedMessage", "LogStatusNotification"));

        assertThat(trigger.getKey()).isEqualTo("Accepted");
        assertThat(trigger.getValue().path("requestedMessage").asText()).isEqualTo("LogStatusNotification");
    }

    @Test
    void TC_F_18_CSMS_aFirmwareStatusNotificationIsTriggered() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        var trigger = trigger(id, station, "Accepted", Map.of("requestedMessage", "FirmwareStatusNotification"));

        assertThat(trigger.getKey()).isEqualTo("Accepted");
        assertThat(trigger.getValue().path("requestedMessage").asText()).isEqualTo("FirmwareStatusNotification");
    }

    /** F06.FR.13: a triggered StatusNotification names the EVSE and its connector. */
    private void statusNotificationOfOneEvseIsTriggered(String connectorStatus) {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.call("StatusNotification", status(1, 1, connectorStatus));

        var trigger = trigger(id, station, "Accepted", Map.of("requestedMessage", "StatusNotification",
                "connectorId", 1));
        var triggered = station.call("StatusNotification", status(1, 1, connectorStatus));

        assertThat(trigger.getKey()).isEqualTo("Accepted");
        assertThat(trigger.getValue().path("requestedMessage").asText()).isEqualTo("StatusNotification");
        assertThat(trigger.getValue().path("evse").path("id").asInt()).isEqualTo(1);
        assertThat(trigger.getValue().path("evse").path("connectorId").asInt()).isEqualTo(1);
        assertThat(triggered.isError()).isFalse();
        assertThat(connectorStatuses(id)).containsExactly(connectorStatus);
    }

    @Test
    void TC_F_23_CSMS_theStatusOfAnAvailableEvseIsTriggered() {
        statusNotificationOfOneEvseIsTriggered("Available");
    }

    @Test
    void TC_F_24_CSMS_theStatusOfAnOccupiedEvseIsTriggered() {
        statusNotificationOfOneEvseIsTriggered("Occupied");
    }

    @Test
    void TC_F_27_CSMS_aTriggerTheStationHasNotImplementedIsShownAsSuch() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        var trigger = trigger(id, station, "NotImplemented", Map.of("requestedMessage", "FirmwareStatusNotification"));

        assertThat(trigger.getKey()).isEqualTo("NotImplemented");
    }

    // =========================================================================================================
    // G Availability

    /** G03/G04: ChangeAvailability through the typed endpoint; the station then reports the new state. */
    private void availabilityIsChanged(int evse, boolean operative, String reported) {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("ChangeAvailability", Map.of("status", "Accepted"));

        var reply = typed(id, "change-availability", Map.of("connectorId", evse, "operative", operative));
        var asked = station.awaitCall("ChangeAvailability");
        var reports = station.call("StatusNotification", status(1, 1, reported));

        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("operationalStatus").asText()).isEqualTo(operative ? "Operative" : "Inoperative");
        if (evse == 0) {
            assertThat(asked.has("evse")).isFalse();
        } else {
            assertThat(asked.path("evse").path("id").asInt()).isEqualTo(evse);
            assertThat(asked.path("evse").has("connectorId")).isFalse();
        }
        assertThat(reports.isError()).isFalse();
        assertThat(connectorStatuses(id)).containsExactly(reported);
    }

    @Test
    void TC_G_03_CSMS_anEvseIsMadeInoperative() {
        availabilityIsChanged(1, false, "Unavailable");
    }

    @Test
    void TC_G_04_CSMS_anEvseIsMadeOperativeAgain() {
        availabilityIsChanged(1, true, "Available");
    }

    @Test
    void TC_G_06_CSMS_theWholeStationIsMadeOperativeAgain() {
        availabilityIsChanged(0, true, "Available");
    }

    /** G03 at connector level, through the generic endpoint (the typed one addresses EVSEs). */
    private void connectorAvailabilityIsChanged(String operationalStatus, String reported) {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("ChangeAvailability", Map.of("status", "Accepted"));

        var reply = generic(id, "ChangeAvailability", Map.of("operationalStatus", operationalStatus,
                "evse", Map.of("id", 1, "connectorId", 1)));
        var asked = station.awaitCall("ChangeAvailability");
        station.call("StatusNotification", status(1, 1, reported));

        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("operationalStatus").asText()).isEqualTo(operationalStatus);
        assertThat(asked.path("evse").path("connectorId").asInt()).isEqualTo(1);
        assertThat(connectorStatuses(id)).containsExactly(reported);
    }

    @Test
    void TC_G_07_CSMS_aConnectorIsMadeInoperative() {
        connectorAvailabilityIsChanged("Inoperative", "Unavailable");
    }

    @Test
    void TC_G_08_CSMS_aConnectorIsMadeOperativeAgain() {
        connectorAvailabilityIsChanged("Operative", "Available");
    }

    /** G03/G04 during a transaction: Scheduled, the transaction runs to its end, then the EVSE is Unavailable. */
    private void availabilityIsChangedDuringATransaction(Map<String, Object> request, boolean typedEndpoint) {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Session session = charging(station, id);
        station.answer("ChangeAvailability", Map.of("status", "Scheduled"));

        var reply = typedEndpoint ? typed(id, "change-availability", request)
                : generic(id, "ChangeAvailability", request);
        var asked = station.awaitCall("ChangeAvailability");
        assertThat(theTransactionOf(id).path("status").asText()).isEqualTo("Active");
        session.stopAuthorized();
        session.event("Updated", "ChargingStateChanged", Map.of("chargingState", "EVConnected"), Map.of());
        session.evDisconnected(Map.of());
        var unavailable = station.call("StatusNotification", status(1, 1, "Unavailable"));

        assertThat(reply.text("status")).isEqualTo("Scheduled");
        assertThat(asked.path("operationalStatus").asText()).isEqualTo("Inoperative");
        assertThat(unavailable.isError()).isFalse();
        assertThat(theTransactionOf(id).path("status").asText()).isEqualTo("Completed");
        assertThat(connectorStatuses(id)).containsExactly("Unavailable");
    }

    @Test
    void TC_G_11_CSMS_anEvseWithATransactionIsMadeInoperativeOnceTheTransactionEnds() {
        availabilityIsChangedDuringATransaction(Map.of("connectorId", 1, "operative", false), true);
    }

    @Test
    void TC_G_14_CSMS_theStationWithATransactionIsMadeInoperativeOnceTheTransactionEnds() {
        availabilityIsChangedDuringATransaction(Map.of("connectorId", 0, "operative", false), true);
    }

    @Test
    void TC_G_17_CSMS_aConnectorWithATransactionIsMadeInoperativeOnceTheTransactionEnds() {
        availabilityIsChangedDuringATransaction(Map.of("operationalStatus", "Inoperative",
                "evse", Map.of("id", 1, "connectorId", 1)), false);
    }

    @Test
    void TC_G_20_CSMS_aConnectorLockFailureEventIsAnswered() {
        ScriptedStation station = bootedStation(stations.registeredStation());

        var answer = station.call("NotifyEvent", Map.of("generatedAt", Instant.now().toString(), "seqNo", 0,
                "eventData", List.of(Map.of("eventId", 1, "timestamp", Instant.now().toString(), "trigger", "Delta",
                        "actualValue", "true", "eventNotificationType", "CustomMonitor",
                        "component", Map.of("name", "ConnectorPlugRetentionLock"),
                        "variable", Map.of("name", "Problem")))));

        assertThat(answer.isError()).isFalse();
    }

    // =========================================================================================================
    // J Meter values

    @Test
    void TC_J_02_CSMS_clockAlignedValuesDuringATransactionAreKeptWithTheirContext() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Session session = charging(station, id);

        var mainMeter = station.call("MeterValues", Map.of("evseId", 0, "meterValue",
                readings("Sample.Clock", 90_000)));
        var aligned = session.event("Updated", "MeterValueClock", Map.of(),
                Map.of("meterValue", readings("Sample.Clock", 1_250)));

        assertThat(mainMeter.isError()).isFalse();
        assertThat(aligned.isError()).isFalse();
        var transaction = theTransactionOf(id);
        assertThat(transaction.path("samples").findValuesAsText("context")).contains("Sample.Clock");
        assertThat(transaction.path("samples").findValuesAsText("value")).contains("1250").doesNotContain("90000");
    }

    /** J01/J02: the Ended event carries the last readings; the energy is the register's at Transaction.End. */
    private void endedEventCarriesReadings(String context, boolean signedReadings) {
        String id = stations.registeredStation();
        Session session = charging(bootedStation(id), id);
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Object> meterValues = List.of(
                Map.of("timestamp", at.toString(), "sampledValue", List.of(signedReadings ? signed(500, context)
                        : Map.of("value", 500, "context", context))),
                Map.of("timestamp", at.plusSeconds(1).toString(), "sampledValue", List.of(
                        signedReadings ? signed(510, context) : Map.of("value", 510, "context", context),
                        signedReadings ? signed(510, "Transaction.End") : Map.of("value", 510,
                                "context", "Transaction.End"))));

        var ended = session.evDisconnected(Map.of("evse", Session.evse(), "meterValue", meterValues));

        assertThat(ended.isError()).isFalse();
        var transaction = theTransactionOf(id);
        assertThat(transaction.path("status").asText()).isEqualTo("Completed");
        assertThat(transaction.path("meterStop").asLong()).isEqualTo(510);
        assertThat(transaction.path("energyWh").asLong()).isEqualTo(510);
        assertThat(transaction.path("samples").findValuesAsText("context")).contains(context, "Transaction.End");
    }

    @Test
    void TC_J_03_CSMS_clockAlignedValuesInTheEndedEventAreKeptAndGiveTheEnergy() {
        endedEventCarriesReadings("Sample.Clock", false);
    }

    @Test
    void TC_J_04_CSMS_signedClockAlignedValuesInTheEndedEventAreKeptAndGiveTheEnergy() {
        endedEventCarriesReadings("Sample.Clock", true);
    }

    @Test
    void TC_J_07_CSMS_theBeginReadingOfATransactionStartedOnAKnownEvseIsItsMeterStart() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Session session = session(station, id);
        station.call("StatusNotification", status(1, 1, "Occupied"));

        var started = session.event("Started", "CablePluggedIn", Map.of("chargingState", "EVConnected"),
                Map.of("evse", Session.evse(), "meterValue", readings("Transaction.Begin", 7_000)));

        assertThat(started.isError()).isFalse();
        var transaction = theTransactionOf(id);
        assertThat(transaction.path("meterStart").asLong()).isEqualTo(7_000);
        assertThat(transaction.path("connectorId").asInt()).isEqualTo(1);
    }

    @Test
    void TC_J_08_CSMS_aBeginReadingThatComesAfterTheStartIsTheTransactionsMeterStart() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Session session = session(station, id);
        var authorize = station.call("Authorize", Map.of("idToken", session.token()));
        var started = session.event("Started", "Authorized", Map.of(), Map.of("idToken", session.token()));
        station.call("StatusNotification", status(1, 1, "Occupied"));

        var plugged = session.event("Updated", "CablePluggedIn", Map.of("chargingState", "EVConnected"),
                Map.of("evse", Session.evse(), "meterValue", readings("Transaction.Begin", 7_000)));
        session.event("Updated", "ChargingStateChanged", Map.of("chargingState", "Charging"),
                Map.of("evse", Session.evse()));
        var ended = session.evDisconnected(Map.of("meterValue", readings("Transaction.End", 9_500)));

        assertThat(authorize.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        assertThat(started.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        assertThat(plugged.isError()).isFalse();
        assertThat(ended.isError()).isFalse();
        var transaction = theTransactionOf(id);
        assertThat(transaction.path("connectorId").asInt()).isEqualTo(1);
        assertThat(transaction.path("meterStart").asLong()).isEqualTo(7_000);
        assertThat(transaction.path("energyWh").asLong()).isEqualTo(2_500);
    }

    @Test
    void TC_J_09_CSMS_periodicValuesDuringATransactionAreKept() {
        String id = stations.registeredStation();
        Session session = charging(bootedStation(id), id);

        for (long wh : new long[] {100, 200, 300}) {
            var periodic = session.event("Updated", "MeterValuePeriodic", Map.of(), Map.of("meterValue", List.of(
                    Map.of("timestamp", Instant.now().toString(), "sampledValue", List.of(
                            Map.of("value", wh, "context", "Sample.Periodic"),
                            Map.of("value", 16.0, "context", "Sample.Periodic", "measurand", "Current.Import",
                                    "phase", "L2", "unitOfMeasure", Map.of("unit", "A")))))));
            assertThat(periodic.isError()).isFalse();
        }

        var samples = theTransactionOf(id).path("samples");
        assertThat(samples.findValuesAsText("value")).contains("100", "200", "300");
        assertThat(samples.findValuesAsText("phase")).contains("L2");
        assertThat(samples.findValuesAsText("measurand")).contains("Energy.Active.Import.Register", "Current.Import");
    }

    @Test
    void TC_J_10_CSMS_periodicValuesInTheEndedEventAreKeptAndGiveTheEnergy() {
        endedEventCarriesReadings("Sample.Periodic", false);
    }

    @Test
    void TC_J_11_CSMS_signedPeriodicValuesInTheEndedEventAreKeptAndGiveTheEnergy() {
        endedEventCarriesReadings("Sample.Periodic", true);
    }

    // =========================================================================================================
    // P Data transfer

    @Test
    void TC_P_03_CSMS_customDataInAStatusNotificationAndATransactionEventIsAccepted() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Map<String, Object> custom = Map.of("vendorId", "com.example.acme", "customKey", "customValue");
        Map<String, Object> withCustomData = new HashMap<>(status(1, 1, "Occupied"));
        withCustomData.put("customData", custom);
        Session session = session(station, id);

        var status = station.call("StatusNotification", withCustomData);
        var started = session.event("Started", "CablePluggedIn", Map.of("chargingState", "EVConnected",
                "customData", custom), Map.of("customData", custom, "evse", Session.evse()));

        assertThat(status.isError()).isFalse();
        assertThat(started.isError()).isFalse();
        assertThat(connectorStatuses(id)).containsExactly("Occupied");
        assertThat(theTransactionOf(id).path("status").asText()).isEqualTo("Active");
    }
}
