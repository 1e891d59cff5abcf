package io.gridcharge.app.conformance;

import static io.gridcharge.app.conformance.Ocpp201CsmsConformanceIT.register;
import static io.gridcharge.app.conformance.Ocpp201CsmsConformanceIT.transactionEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * OCPP 2.0.1 blocks I (tariff and cost) and O (display messages) of the platform as a CSMS, with the independent
 * strict peer (ocpp-rpc, ocpp2.0.1), which checks every message against the official schemas. Each test carries
 * the OCA OCPP 2.0.1 CSMS test case it replays; the operator drives the CSMS-initiated ones through the API.
 */
class Ocpp201CostAndDisplayConformanceIT {
    /** A Wednesday, 11:00 in Berlin: the weekday day price of the site's tariff. */
    private static final Instant CHARGE_START = Instant.parse("2026-11-18T10:00:00Z");

    @RegisterExtension
    static final PlatformFixture PLATFORM = PlatformFixture.onItsOwnDatabase();

    private final ApiClient api = PLATFORM.admin();

    @RegisterExtension
    final ConformanceStations stations = new ConformanceStations(PLATFORM, api, "DISP");

    @BeforeAll
    static void aPricedSite() {
        ApiClient api = PLATFORM.admin();
        assertThat(api.post("/api/v1/operators", Map.of("id", "hafen", "name", "Hafen")).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/sites", Map.of("id", "kai", "operatorId", "hafen", "name", "Kai",
                "timeZone", "Europe/Berlin", "currency", "EUR", "minimumBalance", "0.00")).status()).isEqualTo(201);
        var tariff = api.post("/api/v1/sites/kai/tariff/versions", """
                {"validFrom":"2026-01-01T00:00:00Z","currency":"EUR","serviceFeePerKwh":"0.05","sessionFee":"0.50",
                 "energyPrices":[{"dayType":"Weekday","from":"00:00","to":"07:00","pricePerKwh":"0.20"},
                                 {"dayType":"Weekday","from":"07:00","to":"24:00","pricePerKwh":"0.40"},
                                 {"dayType":"Weekend","from":"00:00","to":"24:00","pricePerKwh":"0.25"}]}""");
        assertThat(tariff.status()).as(tariff.toString()).isEqualTo(201);
    }

    // I. Tariff and cost

    @Test
    void TC_I_01_CSMS_theDriverIsShownTheTariffThenTheRunningCostAfterEachPeriodicReading() {
        String card = stations.issuedToken();
        String id = pricedStation();
        ScriptedStation station = bootedStation(id);
        station.answer("CostUpdated", Map.of());
        String txId = "TX-" + id;
        Map<String, Object> token = Map.of("idToken", card, "type", "ISO14443");

        var authorized = station.call("Authorize", Map.of("idToken", token));
        var started = station.call("TransactionEvent", transactionEvent("Updated", 0, "Authorized", txId,
                CHARGE_START, Map.of("idToken", token, "evse", Map.of("id", 1, "connectorId", 1))));
        station.call("StatusNotification", Ocpp201CsmsConformanceIT.status(1, 1, "Occupied"));
        station.call("TransactionEvent", charging(txId, 1, "CablePluggedIn", "EVConnected", 60));
        station.call("TransactionEvent", charging(txId, 2, "ChargingStateChanged", "Charging", 120));
        // 1 kWh at 0.40 + 0.05 service, and the 0.50 session fee.
        var first = station.call("TransactionEvent", periodic(txId, 3, 1800, 1_000));
        JsonNode firstCost = station.awaitCall("CostUpdated");
        // 2 kWh.
        var second = station.call("TransactionEvent", periodic(txId, 4, 3600, 2_000));
        JsonNode secondCost = station.awaitCall("CostUpdated");

        assertThat(authorized.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        assertThat(authorized.payload().path("idTokenInfo").path("personalMessage").path("content").asText())
                .contains("EUR/kWh now").contains("0.50 EUR per session");
        assertThat(started.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        assertThat(first.payload().has("totalCost")).isFalse();
        assertThat(firstCost.path("transactionId").asText()).isEqualTo(txId);
        assertThat(firstCost.path("totalCost").decimalValue()).isEqualByComparingTo("0.95");
        assertThat(second.payload().has("totalCost")).isFalse();
        assertThat(secondCost.path("transactionId").asText()).isEqualTo(txId);
        assertThat(secondCost.path("totalCost").decimalValue()).isEqualByComparingTo("1.40");
    }

    @Test
    void TC_I_01_CSMS_andTC_I_02_CSMS_aCostUpdatedComesOnlyWhenTheCostMovesAndTheFinalCostAnswersTheEnd() {
        String id = pricedStation();
        ScriptedStation station = bootedStation(id);
        station.answer("CostUpdated", Map.of());
        station.answer("TriggerMessage", Map.of("status", "Accepted"));
        String txId = "TX-" + id;

        var started = station.call("TransactionEvent", transactionEvent("Started", 0, "CablePluggedIn", txId,
                CHARGE_START, Map.of("evse", Map.of("id", 1, "connectorId", 1),
                        "meterValue", register(CHARGE_START, 10_000, "Transaction.Begin"))));
        // Nothing charged yet but the 0.50 session fee.
        JsonNode atStart = station.awaitCall("CostUpdated");
        // 3 kWh at 0.40 + 0.05 service, and the session fee.
        var charging = station.call("TransactionEvent", periodic(txId, 1, 1800, 13_000));
        JsonNode costUpdated = station.awaitCall("CostUpdated");
        // 0.1 kWh more: 0.045, less than a step worth showing.
        var little = station.call("TransactionEvent", periodic(txId, 2, 2400, 13_100));
        // 5 kWh at 0.45 and the session fee.
        var ended = station.call("TransactionEvent", transactionEvent("Ended", 3, "EVCommunicationLost", txId,
                CHARGE_START.plusSeconds(3600), Map.of("meterValue",
                        register(CHARGE_START.plusSeconds(3600), 15_000, "Transaction.End"))));
        api.post(commands(id) + "trigger-message", Map.of("requestedMessage", "Heartbeat"));

        assertThat(started.payload().has("totalCost")).isFalse();
        assertThat(charging.payload().has("totalCost")).isFalse();
        assertThat(atStart.path("totalCost").decimalValue()).isEqualByComparingTo("0.50");
        assertThat(costUpdated.path("transactionId").asText()).isEqualTo(txId);
        assertThat(costUpdated.path("totalCost").decimalValue()).isEqualByComparingTo("1.85");
        assertThat(little.payload().has("totalCost")).isFalse();
        assertThat(ended.payload().path("totalCost").decimalValue()).isEqualByComparingTo("2.75");
        // No second CostUpdated came before the next call the station got.
        assertThat(station.awaitCall("TriggerMessage").path("requestedMessage").asText()).isEqualTo("Heartbeat");
    }

    @Test
    void TC_I_01_CSMS_anAcceptedDriverIsShownTheTariffOfThePricedSiteAndNoOneElseIs() {
        String card = stations.issuedToken();
        ScriptedStation priced = bootedStation(pricedStation());
        ScriptedStation unpriced = bootedStation(stations.registeredStation());
        Map<String, Object> token = Map.of("idToken", Map.of("idToken", card, "type", "ISO14443"));

        var shown = priced.call("Authorize", token);
        var refused = priced.call("Authorize", Map.of("idToken", Map.of("idToken", "NO-SUCH-CARD", "type", "ISO14443")));
        var plain = unpriced.call("Authorize", token);

        JsonNode message = shown.payload().path("idTokenInfo").path("personalMessage");
        assertThat(message.path("format").asText()).isEqualTo("UTF8");
        assertThat(message.path("content").asText()).contains("EUR/kWh now").contains("0.05 EUR/kWh service")
                .contains("0.50 EUR per session");
        assertThat(refused.payload().path("idTokenInfo").has("personalMessage")).isFalse();
        assertThat(plain.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        assertThat(plain.payload().path("idTokenInfo").has("personalMessage")).isFalse();
    }

    @Test
    void TC_I_02_CSMS_theAnswerToTheEndedEventCarriesTheFinalTotalCost() {
        String card = stations.issuedToken();
        String id = pricedStation();
        ScriptedStation station = bootedStation(id);
        station.answer("CostUpdated", Map.of());
        String txId = "TX-" + id;
        Map<String, Object> token = Map.of("idToken", card, "type", "ISO14443");

        station.call("StatusNotification", Ocpp201CsmsConformanceIT.status(1, 1, "Occupied"));
        var connected = station.call("TransactionEvent", transactionEvent("Updated", 0, "CablePluggedIn", txId,
                CHARGE_START, Map.of("evse", Map.of("id", 1, "connectorId", 1),
                        "transactionInfo", Map.of("transactionId", txId, "chargingState", "EVConnected"),
                        "meterValue", register(CHARGE_START, 1_000, "Transaction.Begin"))));
        station.awaitCall("CostUpdated");
        var authorized = station.call("TransactionEvent", transactionEvent("Updated", 1, "Authorized", txId,
                CHARGE_START.plusSeconds(30), Map.of("idToken", token)));
        station.call("TransactionEvent", charging(txId, 2, "ChargingStateChanged", "Charging", 60));
        station.call("TransactionEvent", transactionEvent("Updated", 3, "StopAuthorized", txId,
                CHARGE_START.plusSeconds(3500), Map.of("idToken", token,
                        "transactionInfo", Map.of("transactionId", txId, "chargingState", "EVConnected"))));
        station.call("StatusNotification", Ocpp201CsmsConformanceIT.status(1, 1, "Available"));
        // 5 kWh at 0.40 + 0.05 service, and the 0.50 session fee.
        var ended = station.call("TransactionEvent", transactionEvent("Ended", 4, "EVCommunicationLost", txId,
                CHARGE_START.plusSeconds(3600), Map.of("transactionInfo", Map.of("transactionId", txId,
                        "chargingState", "Idle", "stoppedReason", "EVDisconnected"),
                        "meterValue", register(CHARGE_START.plusSeconds(3600), 6_000, "Transaction.End"))));

        assertThat(connected.payload().has("totalCost")).isFalse();
        assertThat(authorized.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        assertThat(ended.isError()).isFalse();
        assertThat(ended.payload().path("totalCost").decimalValue()).isEqualByComparingTo("2.75");
        var booked = api.get("/api/v1/transactions?stationId=" + id).body().path("items");
        assertThat(booked.get(0).path("energyWh").asLong()).isEqualTo(5_000);
    }

    @Test
    void TC_I_02_CSMS_aTransactionOnAStationInNoPricedSiteEndsWithoutATotalCost() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        String txId = "TX-" + id;

        station.call("TransactionEvent", transactionEvent("Started", 0, "CablePluggedIn", txId, CHARGE_START,
                Map.of("evse", Map.of("id", 1, "connectorId", 1))));
        var ended = station.call("TransactionEvent", transactionEvent("Ended", 1, "EVCommunicationLost", txId,
                CHARGE_START.plusSeconds(600), Map.of("meterValue",
                        register(CHARGE_START.plusSeconds(600), 2_000, "Transaction.End"))));

        assertThat(ended.isError()).isFalse();
        assertThat(ended.payload().has("totalCost")).isFalse();
    }

    // O. Display messages

    @Test
    void TC_O_01_CSMS_aMessageOutsideATransactionIsSentWithItsIdPriorityFormatAndStateAndKept() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetDisplayMessage", Map.of("status", "Accepted"));

        var reply = api.post(commands(id) + "set-display-message", Map.of("id", 11, "priority", "NormalCycle",
                "state", "Idle", "message", Map.of("format", "UTF8", "language", "de", "content", "Willkommen")));
        JsonNode asked = station.awaitCall("SetDisplayMessage").path("message");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("id").asInt()).isEqualTo(11);
        assertThat(asked.path("priority").asText()).isEqualTo("NormalCycle");
        assertThat(asked.path("state").asText()).isEqualTo("Idle");
        assertThat(asked.path("message").path("format").asText()).isEqualTo("UTF8");
        assertThat(asked.path("message").path("language").asText()).isEqualTo("de");
        assertThat(asked.has("transactionId")).isFalse();
        JsonNode kept = single(held(id));
        assertThat(kept.path("source").asText()).isEqualTo("Set");
        assertThat(kept.path("state").asText()).isEqualTo("Idle");
        assertThat(kept.path("message").path("content").asText()).isEqualTo("Willkommen");
    }

    @Test
    void TC_O_02_CSMS_allMessagesAreAskedForWithoutCriteriaAndTheReportIsKept() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Map<String, Object> configured = configured(station, id, 21, "InFront", "Idle");
        station.answer("GetDisplayMessages", Map.of("status", "Accepted"));

        var reply = api.post(commands(id) + "get-display-messages", Map.of("requestId", 4));
        JsonNode asked = station.awaitCall("GetDisplayMessages");
        var notified = station.call("NotifyDisplayMessages", Map.of("requestId", 4, "messageInfo",
                List.of(configured)));

        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("requestId").asInt()).isEqualTo(4);
        assertThat(asked.has("id")).isFalse();
        assertThat(asked.has("priority")).isFalse();
        assertThat(asked.has("state")).isFalse();
        assertThat(notified.isError()).isFalse();
        JsonNode kept = single(held(id));
        assertThat(kept.path("id").asInt()).isEqualTo(21);
        assertThat(kept.path("source").asText()).isEqualTo("Reported");
    }

    @Test
    void TC_O_03_CSMS_aStationWithNoMessagesAnswersUnknownAndThePlatformKeepsNoneForIt() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        // Reported before the station lost its messages (a reset, say).
        station.call("NotifyDisplayMessages", Map.of("requestId", 1, "messageInfo", List.of(Map.of("id", 31,
                "priority", "NormalCycle", "message", Map.of("format", "ASCII", "content", "Happy hour")))));
        assertThat(held(id)).hasSize(1);
        station.answer("GetDisplayMessages", Map.of("status", "Unknown"));

        var reply = api.post(commands(id) + "get-display-messages", Map.of("requestId", 5));
        JsonNode asked = station.awaitCall("GetDisplayMessages");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo("Unknown");
        assertThat(asked.path("requestId").asInt()).isEqualTo(5);
        assertThat(held(id)).isEmpty();
    }

    @Test
    void TC_O_04_CSMS_aSetMessageIsClearedByItsIdAndForgotten() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        configured(station, id, 41, "InFront", null);
        configured(station, id, 42, "NormalCycle", null);
        station.answer("ClearDisplayMessage", Map.of("status", "Accepted"));

        var reply = api.post(commands(id) + "clear-display-message", Map.of("id", 41));
        JsonNode asked = station.awaitCall("ClearDisplayMessage");

        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("id").asInt()).isEqualTo(41);
        assertThat(held(id).findValuesAsText("id")).containsExactly("42");
    }

    @Test
    void TC_O_05_CSMS_clearingAnIdTheStationDoesNotKnowIsAnsweredUnknownAndThePlatformForgetsIt() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        configured(station, id, 51, "NormalCycle", null);
        configured(station, id, 52, "NormalCycle", null);
        station.answer("ClearDisplayMessage", Map.of("status", "Unknown"));

        var unknown = api.post(commands(id) + "clear-display-message", Map.of("id", 51));
        JsonNode asked = station.awaitCall("ClearDisplayMessage");
        var neverSet = api.post(commands(id) + "clear-display-message", Map.of("id", 999));
        station.awaitCall("ClearDisplayMessage");

        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.text("status")).isEqualTo("Unknown");
        assertThat(asked.path("id").asInt()).isEqualTo(51);
        assertThat(neverSet.text("status")).isEqualTo("Unknown");
        assertThat(held(id).findValuesAsText("id")).containsExactly("52");
    }

    @Test
    void TC_O_06_CSMS_aMessageForTheRunningTransactionNamesItAndGoesWhenTheTransactionEnds() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        String txId = energyTransferStarted(station, id);
        station.answer("SetDisplayMessage", Map.of("status", "Accepted"));
        String running = api.get("/api/v1/transactions?stationId=" + id).body().path("items").get(0)
                .path("stationTransactionId").asText();

        var reply = api.post(commands(id) + "set-display-message", Map.of("id", 61, "priority", "InFront",
                "transactionId", running, "message", Map.of("format", "UTF8", "content", "Enjoy your charge")));
        JsonNode asked = station.awaitCall("SetDisplayMessage").path("message");

        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("transactionId").asText()).isEqualTo(txId);
        assertThat(asked.path("priority").asText()).isEqualTo("InFront");
        assertThat(single(held(id)).path("transactionId").asText()).isEqualTo(txId);

        evDisconnected(station, txId);

        assertThat(held(id)).isEmpty();
    }

    @Test
    void TC_O_07_CSMS_oneMessageIsAskedForByItsIdAlone() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Map<String, Object> configured = configured(station, id, 71, "NormalCycle", "Idle");
        station.answer("GetDisplayMessages", Map.of("status", "Accepted"));

        var reply = api.post(commands(id) + "get-display-messages", Map.of("requestId", 7, "id", List.of(71)));
        JsonNode asked = station.awaitCall("GetDisplayMessages");
        var notified = station.call("NotifyDisplayMessages", Map.of("requestId", 7, "messageInfo",
                List.of(configured)));

        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("requestId").asInt()).isEqualTo(7);
        assertThat(asked.path("id").get(0).asInt()).isEqualTo(71);
        assertThat(asked.path("id")).hasSize(1);
        assertThat(asked.has("priority")).isFalse();
        assertThat(asked.has("state")).isFalse();
        assertThat(notified.isError()).isFalse();
        assertThat(single(held(id)).path("source").asText()).isEqualTo("Reported");
    }

    @Test
    void TC_O_08_CSMS_messagesAreAskedForByPriorityAloneAndTheReportIsKept() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        configured(station, id, 81, "NormalCycle", null);
        station.answer("GetDisplayMessages", Map.of("status", "Accepted"));

        var reply = api.post(commands(id) + "get-display-messages", Map.of("requestId", 8, "priority", "NormalCycle"));
        JsonNode asked = station.awaitCall("GetDisplayMessages");
        var notified = station.call("NotifyDisplayMessages", Map.of("requestId", 8, "tbc", false, "messageInfo",
                List.of(Map.of("id", 81, "priority", "NormalCycle", "transactionId", "TX-9",
                                "message", Map.of("format", "UTF8", "content", "Enjoy your charge")),
                        Map.of("id", 82, "priority", "NormalCycle",
                                "message", Map.of("format", "URI", "content", "https://example.com/help")))));

        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("requestId").asInt()).isEqualTo(8);
        assertThat(asked.path("priority").asText()).isEqualTo("NormalCycle");
        assertThat(asked.has("id")).isFalse();
        assertThat(asked.has("state")).isFalse();
        assertThat(notified.isError()).isFalse();
        var kept = held(id);
        assertThat(kept.findValuesAsText("id")).containsExactly("81", "82");
        assertThat(kept.findValuesAsText("source")).containsOnly("Reported");
        assertThat(kept.get(0).path("transactionId").asText()).isEqualTo("TX-9");
        assertThat(kept.get(1).path("message").path("format").asText()).isEqualTo("URI");
    }

    @Test
    void TC_O_09_CSMS_messagesAreAskedForByStateAlone() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Map<String, Object> configured = configured(station, id, 91, "NormalCycle", "Charging");
        station.answer("GetDisplayMessages", Map.of("status", "Accepted"));

        var reply = api.post(commands(id) + "get-display-messages", Map.of("requestId", 9, "state", "Charging"));
        JsonNode asked = station.awaitCall("GetDisplayMessages");
        var notified = station.call("NotifyDisplayMessages", Map.of("requestId", 9, "messageInfo",
                List.of(configured)));

        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("requestId").asInt()).isEqualTo(9);
        assertThat(asked.path("state").asText()).isEqualTo("Charging");
        assertThat(asked.has("id")).isFalse();
        assertThat(asked.has("priority")).isFalse();
        assertThat(notified.isError()).isFalse();
        assertThat(single(held(id)).path("state").asText()).isEqualTo("Charging");
    }

    @Test
    void TC_O_10_CSMS_aMessageForATransactionTheStationDoesNotKnowIsAnsweredUnknownTransactionAndNotKept() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        energyTransferStarted(station, id);
        station.answer("SetDisplayMessage", Map.of("status", "UnknownTransaction"));

        var reply = api.post(commands(id) + "set-display-message", Map.of("id", 101, "priority", "NormalCycle",
                "transactionId", "TX-NOT-ON-THIS-STATION", "message", Map.of("format", "ASCII", "content", "Hi")));
        JsonNode asked = station.awaitCall("SetDisplayMessage").path("message");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo("UnknownTransaction");
        assertThat(asked.path("transactionId").asText()).isEqualTo("TX-NOT-ON-THIS-STATION");
        assertThat(asked.path("priority").asText()).isEqualTo("NormalCycle");
        assertThat(held(id)).isEmpty();
    }

    @Test
    void TC_O_11_CSMS_askingForAnIdTheStationDoesNotHoldIsAnsweredUnknownAndTheOthersStayKept() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        configured(station, id, 111, "NormalCycle", null);
        station.answer("GetDisplayMessages", Map.of("status", "Unknown"));

        var reply = api.post(commands(id) + "get-display-messages", Map.of("requestId", 11, "id", List.of(112)));
        JsonNode asked = station.awaitCall("GetDisplayMessages");

        assertThat(reply.text("status")).isEqualTo("Unknown");
        assertThat(asked.path("requestId").asInt()).isEqualTo(11);
        assertThat(asked.path("id").get(0).asInt()).isEqualTo(112);
        assertThat(held(id).findValuesAsText("id")).containsExactly("111");
    }

    @Test
    void TC_O_12_CSMS_aMessageIsReplacedByOneOfTheSameIdWithAllItsParameters() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetDisplayMessage", Map.of("status", "Accepted"));

        var first = api.post(commands(id) + "set-display-message", Map.of("id", 7, "priority", "InFront",
                "state", "Idle", "message", Map.of("format", "UTF8", "language", "de", "content", "Willkommen")));
        JsonNode asked = station.awaitCall("SetDisplayMessage");
        var replaced = api.post(commands(id) + "set-display-message", Map.of("id", 7, "priority", "NormalCycle",
                "message", Map.of("format", "ASCII", "content", "Welcome")));
        JsonNode replacement = station.awaitCall("SetDisplayMessage").path("message");

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("message").path("id").asInt()).isEqualTo(7);
        assertThat(asked.path("message").path("priority").asText()).isEqualTo("InFront");
        assertThat(replaced.text("status")).isEqualTo("Accepted");
        assertThat(replacement.path("id").asInt()).isEqualTo(7);
        assertThat(replacement.path("priority").asText()).isEqualTo("NormalCycle");
        assertThat(replacement.has("state")).isFalse();
        JsonNode kept = single(held(id));
        assertThat(kept.path("message").path("content").asText()).isEqualTo("Welcome");
        assertThat(kept.path("priority").asText()).isEqualTo("NormalCycle");
        assertThat(kept.hasNonNull("state")).isFalse();
        assertThat(kept.path("source").asText()).isEqualTo("Set");
    }

    @Test
    void TC_O_13_CSMS_aMessageWithAStartTimeIsSentWithItAndKeptBeforeItShows() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetDisplayMessage", Map.of("status", "Accepted"));
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        var reply = api.post(commands(id) + "set-display-message", Map.of("id", 131, "priority", "NormalCycle",
                "startDateTime", start.toString(),
                "message", Map.of("format", "UTF8", "content", "Tomorrow: 20% off")));
        JsonNode asked = station.awaitCall("SetDisplayMessage").path("message");

        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("id").asInt()).isEqualTo(131);
        assertThat(Instant.parse(asked.path("startDateTime").asText())).isEqualTo(start);
        assertThat(Instant.parse(single(held(id)).path("startDateTime").asText())).isEqualTo(start);
    }

    @Test
    void TC_O_14_CSMS_aMessageWithAnEndTimeIsSentWithItAndNoLongerHeldOnceItHasPassed() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetDisplayMessage", Map.of("status", "Accepted"));
        Instant end = Instant.now().plusSeconds(10).truncatedTo(ChronoUnit.SECONDS);

        var reply = api.post(commands(id) + "set-display-message", Map.of("id", 141, "priority", "NormalCycle",
                "endDateTime", end.toString(), "message", Map.of("format", "UTF8", "content", "Closing soon")));
        JsonNode asked = station.awaitCall("SetDisplayMessage").path("message");

        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("id").asInt()).isEqualTo(141);
        assertThat(Instant.parse(asked.path("endDateTime").asText())).isEqualTo(end);
        assertThat(Instant.parse(single(held(id)).path("endDateTime").asText())).isEqualTo(end);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(held(id)).isEmpty());
    }

    @Test
    void TC_O_17_CSMS_aPriorityTheStationDoesNotSupportIsTheAnswerAndNothingIsKept() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetDisplayMessage", Map.of("status", "NotSupportedPriority"));

        var reply = api.post(commands(id) + "set-display-message", Map.of("id", 171, "priority", "AlwaysFront",
                "message", Map.of("format", "UTF8", "content", "Closed")));
        JsonNode asked = station.awaitCall("SetDisplayMessage").path("message");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo("NotSupportedPriority");
        assertThat(asked.path("id").asInt()).isEqualTo(171);
        assertThat(asked.path("priority").asText()).isEqualTo("AlwaysFront");
        assertThat(held(id)).isEmpty();
    }

    @Test
    void TC_O_18_CSMS_aStateTheStationDoesNotSupportIsTheAnswerAndNothingIsKept() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetDisplayMessage", Map.of("status", "NotSupportedState"));

        var reply = api.post(commands(id) + "set-display-message", Map.of("id", 181, "priority", "NormalCycle",
                "state", "Unavailable", "message", Map.of("format", "UTF8", "content", "Out of service")));
        JsonNode asked = station.awaitCall("SetDisplayMessage").path("message");

        assertThat(reply.text("status")).isEqualTo("NotSupportedState");
        assertThat(asked.path("id").asInt()).isEqualTo(181);
        assertThat(asked.path("state").asText()).isEqualTo("Unavailable");
        assertThat(held(id)).isEmpty();
    }

    @Test
    void TC_O_19_CSMS_aFormatTheStationDoesNotSupportIsTheAnswerAndNothingIsKept() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetDisplayMessage", Map.of("status", "NotSupportedMessageFormat"));

        var reply = api.post(commands(id) + "set-display-message", Map.of("id", 191, "priority", "NormalCycle",
                "message", Map.of("format", "HTML", "content", "<b>Closed</b>")));
        JsonNode asked = station.awaitCall("SetDisplayMessage").path("message");

        assertThat(reply.text("status")).isEqualTo("NotSupportedMessageFormat");
        assertThat(asked.path("id").asInt()).isEqualTo(191);
        assertThat(asked.path("message").path("format").asText()).isEqualTo("HTML");
        assertThat(held(id)).isEmpty();
    }

    @Test
    void TC_O_25_CSMS_aMessageForTheChargingStateIsSentWithThatState() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetDisplayMessage", Map.of("status", "Accepted"));

        var reply = api.post(commands(id) + "set-display-message", Map.of("id", 251, "priority", "NormalCycle",
                "state", "Charging", "message", Map.of("format", "UTF8", "content", "Charging with green power")));
        JsonNode asked = station.awaitCall("SetDisplayMessage").path("message");

        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("id").asInt()).isEqualTo(251);
        assertThat(asked.path("state").asText()).isEqualTo("Charging");
        assertThat(single(held(id)).path("state").asText()).isEqualTo("Charging");
    }

    @Test
    void TC_O_26_CSMS_aRejectedMessageIsTheAnswerAndNothingIsKept() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetDisplayMessage", Map.of("status", "Rejected"));

        var reply = api.post(commands(id) + "set-display-message", Map.of("id", 261, "priority", "NormalCycle",
                "message", Map.of("format", "ASCII", "content", "Welcome")));
        JsonNode asked = station.awaitCall("SetDisplayMessage").path("message");

        assertThat(reply.text("status")).isEqualTo("Rejected");
        assertThat(asked.path("id").asInt()).isEqualTo(261);
        assertThat(asked.path("priority").asText()).isEqualTo("NormalCycle");
        assertThat(held(id)).isEmpty();
    }

    @Test
    void TC_O_27_CSMS_aMessageForTheRunningTransactionFromAStartTimeCarriesNoStateOrEndTime() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        String txId = energyTransferStarted(station, id);
        station.answer("SetDisplayMessage", Map.of("status", "Accepted"));
        Instant start = Instant.now().plusSeconds(600).truncatedTo(ChronoUnit.SECONDS);

        var reply = api.post(commands(id) + "set-display-message", Map.of("id", 271, "priority", "NormalCycle",
                "transactionId", txId, "startDateTime", start.toString(),
                "message", Map.of("format", "UTF8", "content", "Ten minutes in: 5 kWh")));
        JsonNode asked = station.awaitCall("SetDisplayMessage").path("message");

        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.has("state")).isFalse();
        assertThat(Instant.parse(asked.path("startDateTime").asText())).isEqualTo(start);
        assertThat(asked.has("endDateTime")).isFalse();
        assertThat(asked.path("transactionId").asText()).isEqualTo(txId);
    }

    @Test
    void TC_O_28_CSMS_aMessageForTheRunningTransactionUntilAnEndTimeCarriesNoStateOrStartTime() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        String txId = energyTransferStarted(station, id);
        station.answer("SetDisplayMessage", Map.of("status", "Accepted"));
        Instant end = Instant.now().plusSeconds(600).truncatedTo(ChronoUnit.SECONDS);

        var reply = api.post(commands(id) + "set-display-message", Map.of("id", 281, "priority", "InFront",
                "transactionId", txId, "endDateTime", end.toString(),
                "message", Map.of("format", "UTF8", "content", "Free parking for 10 minutes")));
        JsonNode asked = station.awaitCall("SetDisplayMessage").path("message");

        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.has("state")).isFalse();
        assertThat(asked.has("startDateTime")).isFalse();
        assertThat(Instant.parse(asked.path("endDateTime").asText())).isEqualTo(end);
        assertThat(asked.path("transactionId").asText()).isEqualTo(txId);
        assertThat(single(held(id)).path("transactionId").asText()).isEqualTo(txId);
    }

    // Fixtures

    private static String commands(String id) {
        return "/api/v1/stations/" + id + "/commands/";
    }

    private ScriptedStation bootedStation(String id) {
        ScriptedStation station = stations.connectedStation201(id);
        assertThat(station.call("BootNotification", Map.of("reason", "PowerUp", "chargingStation",
                Map.of("vendorName", "Acme", "model", "Wallbox 9"))).text("status")).isEqualTo("Accepted");
        return station;
    }

    private String pricedStation() {
        String id = stations.registeredStation();
        assertThat(api.put("/api/v1/sites/kai/stations/" + id, null).status()).isEqualTo(200);
        return id;
    }

    /** The messages the platform keeps as held by the station. */
    private JsonNode held(String id) {
        return api.get("/api/v1/stations/" + id + "/display-messages").body().path("items");
    }

    private static JsonNode single(JsonNode items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    /** Memory state "a display message is configured": set through the API and accepted; its MessageInfo. */
    private Map<String, Object> configured(ScriptedStation station, String id, int messageId, String priority,
                                           String state) {
        station.answer("SetDisplayMessage", Map.of("status", "Accepted"));
        Map<String, Object> info = new HashMap<>(Map.of("id", messageId, "priority", priority,
                "message", Map.of("format", "UTF8", "content", "Message " + messageId)));
        if (state != null) {
            info.put("state", state);
        }
        var reply = api.post(commands(id) + "set-display-message", info);
        station.awaitCall("SetDisplayMessage");
        assertThat(reply.text("status")).as(reply.toString()).isEqualTo("Accepted");
        return info;
    }

    /** Reusable states Authorized and EnergyTransferStarted with an accepted card; the station's transaction id. */
    private String energyTransferStarted(ScriptedStation station, String id) {
        String card = stations.issuedToken();
        String txId = "TX-" + id;
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        station.call("Authorize", Map.of("idToken", Map.of("idToken", card, "type", "ISO14443")));
        var started = station.call("TransactionEvent", transactionEvent("Started", 0, "Authorized", txId, now,
                Map.of("idToken", Map.of("idToken", card, "type", "ISO14443"),
                        "evse", Map.of("id", 1, "connectorId", 1),
                        "meterValue", register(now, 0, "Transaction.Begin"))));
        assertThat(started.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        station.call("StatusNotification", Ocpp201CsmsConformanceIT.status(1, 1, "Occupied"));
        station.call("TransactionEvent", transactionEvent("Updated", 1, "ChargingStateChanged", txId,
                now.plusSeconds(5), Map.of("transactionInfo", Map.of("transactionId", txId,
                        "chargingState", "Charging"))));
        return txId;
    }

    /** Reusable state EVDisconnected: the cable is pulled and the transaction ends. */
    private static void evDisconnected(ScriptedStation station, String txId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var ended = station.call("TransactionEvent", transactionEvent("Ended", 2, "EVCommunicationLost", txId,
                now.plusSeconds(10), Map.of("transactionInfo", Map.of("transactionId", txId,
                        "chargingState", "Idle", "stoppedReason", "EVDisconnected"),
                        "meterValue", register(now.plusSeconds(10), 500, "Transaction.End"))));
        assertThat(ended.isError()).isFalse();
        station.call("StatusNotification", Ocpp201CsmsConformanceIT.status(1, 1, "Available"));
    }

    private static Map<String, Object> charging(String txId, int seqNo, String trigger, String chargingState,
                                                int afterSeconds) {
        return transactionEvent("Updated", seqNo, trigger, txId, CHARGE_START.plusSeconds(afterSeconds),
                Map.of("transactionInfo", Map.of("transactionId", txId, "chargingState", chargingState)));
    }

    private static Map<String, Object> periodic(String txId, int seqNo, int afterSeconds, long registerWh) {
        Instant at = CHARGE_START.plusSeconds(afterSeconds);
        return transactionEvent("Updated", seqNo, "MeterValuePeriodic", txId, at,
                Map.of("transactionInfo", Map.of("transactionId", txId, "chargingState", "Charging"),
                        "meterValue", register(at, registerWh, "Sample.Periodic")));
    }
}
