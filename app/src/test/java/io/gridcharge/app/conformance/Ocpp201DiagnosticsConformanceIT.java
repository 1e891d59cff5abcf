package io.gridcharge.app.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Diagnostics (OCPP 2.0.1 block N: monitoring, events, customer information, logs) of the platform as a CSMS,
 * seen by an independent station (ocpp-rpc in strict mode with ocpp2.0.1: every call both ways is checked against
 * the official schemas). Each test carries the OCA CSMS test case it replays (TC_N_nn); the operator's part ("the
 * CSMS sends ...") goes through the typed command endpoints where there is one (GetLog), else through the generic
 * {@code POST /stations/{id}/ocpp/{Action}} with the case's 2.0.1 payload.
 */
class Ocpp201DiagnosticsConformanceIT {
    @RegisterExtension
    static final PlatformFixture PLATFORM = PlatformFixture.onItsOwnDatabase();

    private final ApiClient api = PLATFORM.admin();

    @RegisterExtension
    final ConformanceStations stations = new ConformanceStations(PLATFORM, api, "DIAG");

    private ScriptedStation bootedStation(String id) {
        ScriptedStation station = stations.connectedStation201(id);
        assertThat(station.call("BootNotification", Ocpp201CsmsConformanceIT.boot("SN-" + id)).text("status"))
                .isEqualTo("Accepted");
        return station;
    }

    private static String station(String id) {
        return "/api/v1/stations/" + id;
    }

    private static Map<String, Object> component(String name, Integer evse) {
        return evse == null ? Map.of("name", name) : Map.of("name", name, "evse", Map.of("id", evse));
    }

    private static Map<String, Object> componentVariable(String component, Integer evse, String variable) {
        return Map.of("component", component(component, evse), "variable", Map.of("name", variable));
    }

    /** One reported monitor of a NotifyMonitoringReport: the component/variable with one monitor on it. */
    private static Map<String, Object> reported(String component, Integer evse, String variable, int monitorId,
                                                String type, int severity) {
        return Map.of("component", component(component, evse), "variable", Map.of("name", variable),
                "variableMonitoring", List.of(Map.of("id", monitorId, "transaction", false, "value", 100,
                        "type", type, "severity", severity)));
    }

    private static Map<String, Object> monitoringReport(int requestId, int seqNo, boolean tbc,
                                                        List<Map<String, Object>> monitors) {
        Map<String, Object> report = new LinkedHashMap<>(Map.of("requestId", requestId, "seqNo", seqNo,
                "generatedAt", Instant.now().toString(), "monitor", monitors));
        if (tbc) {
            report.put("tbc", true);
        }
        return report;
    }

    private static Map<String, Object> getMonitoringReport(int requestId, List<String> criteria,
                                                           List<Map<String, Object>> componentVariables) {
        Map<String, Object> request = new LinkedHashMap<>(Map.of("requestId", requestId));
        if (criteria != null) {
            request.put("monitoringCriteria", criteria);
        }
        if (componentVariables != null) {
            request.put("componentVariable", componentVariables);
        }
        return request;
    }

    /**
     * N02: the operator asks twice; the station has no monitor matching the first request (EmptyResultSet), and
     * reports {@code reported} for the second. Returns the two requests as the station received them.
     */
    private List<JsonNode> askedForAReportTwice(String id, ScriptedStation station, Map<String, Object> empty,
                                                Map<String, Object> accepted, List<Map<String, Object>> reported) {
        station.answer("GetMonitoringReport", Map.of("status", "EmptyResultSet"));
        var none = api.post(station(id) + "/ocpp/GetMonitoringReport", empty);
        JsonNode first = station.awaitCall("GetMonitoringReport");
        station.answer("GetMonitoringReport", Map.of("status", "Accepted"));
        var some = api.post(station(id) + "/ocpp/GetMonitoringReport", accepted);
        JsonNode second = station.awaitCall("GetMonitoringReport");
        var part = station.call("NotifyMonitoringReport",
                monitoringReport(second.path("requestId").asInt(), 0, false, reported));

        assertThat(none.status()).as(none.toString()).isEqualTo(200);
        assertThat(none.text("status")).as("the station's empty answer is shown as it said it")
                .isEqualTo("EmptyResultSet");
        assertThat(some.text("status")).isEqualTo("Accepted");
        assertThat(part.isError()).as(String.valueOf(part.errorCode())).isFalse();
        assertThat(part.payload().size()).as("NotifyMonitoringReportResponse is empty").isZero();
        return List.of(first, second);
    }

    private static List<String> componentVariableNames(JsonNode request) {
        List<String> names = new ArrayList<>();
        request.path("componentVariable").forEach(cv -> names.add(cv.path("component").path("name").asText()
                + (cv.path("component").has("evse") ? "#" + cv.path("component").path("evse").path("id").asInt() : "")
                + "/" + cv.path("variable").path("name").asText()));
        return names;
    }

    private List<String> monitorIds(String id) {
        return api.get(station(id) + "/monitors").body().path("items").findValuesAsText("id");
    }

    @Test
    void TC_N_01_CSMS_aMonitoringReportByCriteriaIsAskedForAndAnEmptyResultIsShown() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        List<JsonNode> asked = askedForAReportTwice(id, station,
                getMonitoringReport(11, List.of("DeltaMonitoring"), null),
                getMonitoringReport(12, List.of("ThresholdMonitoring"), null),
                List.of(reported("ChargingStation", null, "Power", 1, "UpperThreshold", 5)));

        assertThat(asked.get(0).path("monitoringCriteria").toString()).isEqualTo("[\"DeltaMonitoring\"]");
        assertThat(asked.get(0).has("componentVariable")).isFalse();
        assertThat(asked.get(1).path("monitoringCriteria").toString()).isEqualTo("[\"ThresholdMonitoring\"]");
        assertThat(asked.get(1).has("componentVariable")).isFalse();
        assertThat(monitorIds(id)).containsExactly("1");
    }

    @Test
    void TC_N_02_CSMS_aMonitoringReportOfComponentVariablesIsAskedForAndAnEmptyResultIsShown() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        List<JsonNode> asked = askedForAReportTwice(id, station,
                getMonitoringReport(21, null, List.of(componentVariable("ChargingStation", null, "Power"))),
                getMonitoringReport(22, null, List.of(componentVariable("EVSE", 1, "AvailabilityState"))),
                List.of(reported("EVSE", 1, "AvailabilityState", 1, "Delta", 5)));

        assertThat(componentVariableNames(asked.get(0))).containsExactly("ChargingStation/Power");
        assertThat(asked.get(0).has("monitoringCriteria")).isFalse();
        assertThat(componentVariableNames(asked.get(1))).containsExactly("EVSE#1/AvailabilityState");
        assertThat(asked.get(1).has("monitoringCriteria")).isFalse();
        JsonNode monitor = api.get(station(id) + "/monitors").body().path("items").get(0);
        assertThat(monitor.path("component").path("evseId").asInt()).isEqualTo(1);
        assertThat(monitor.path("variable").path("name").asText()).isEqualTo("AvailabilityState");
    }

    @Test
    void TC_N_03_CSMS_aMonitoringReportByCriteriaAndComponentVariableIsAskedFor() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        List<JsonNode> asked = askedForAReportTwice(id, station,
                getMonitoringReport(31, List.of("DeltaMonitoring"),
                        List.of(componentVariable("EVSE", 1, "AvailabilityState"))),
                getMonitoringReport(32, List.of("ThresholdMonitoring"),
                        List.of(componentVariable("ChargingStation", null, "Power"))),
                List.of(reported("ChargingStation", null, "Power", 1, "UpperThreshold", 5)));

        assertThat(asked.get(0).path("monitoringCriteria").toString()).isEqualTo("[\"DeltaMonitoring\"]");
        assertThat(componentVariableNames(asked.get(0))).containsExactly("EVSE#1/AvailabilityState");
        assertThat(asked.get(1).path("monitoringCriteria").toString()).isEqualTo("[\"ThresholdMonitoring\"]");
        assertThat(componentVariableNames(asked.get(1))).containsExactly("ChargingStation/Power");
        assertThat(monitorIds(id)).containsExactly("1");
    }

    @Test
    void TC_N_05_CSMS_andTC_N_16_CSMS_everyMonitoringBaseAndALevelGoOutThroughTheGenericEndpoint() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetMonitoringBase", Map.of("status", "Accepted"));
        station.answer("SetMonitoringLevel", Map.of("status", "Accepted"));

        List<String> bases = new ArrayList<>();
        for (String base : List.of("All", "FactoryDefault", "HardWiredOnly")) {
            var reply = api.post(station(id) + "/ocpp/SetMonitoringBase", Map.of("monitoringBase", base));
            assertThat(reply.text("status")).as(reply.toString()).isEqualTo("Accepted");
            bases.add(station.awaitCall("SetMonitoringBase").path("monitoringBase").asText());
        }
        var level = api.post(station(id) + "/ocpp/SetMonitoringLevel", Map.of("severity", 4));
        JsonNode askedLevel = station.awaitCall("SetMonitoringLevel");
        var bad = api.post(station(id) + "/ocpp/SetMonitoringLevel", Map.of("severity", 10));

        assertThat(bases).containsExactly("All", "FactoryDefault", "HardWiredOnly");
        assertThat(level.text("status")).isEqualTo("Accepted");
        assertThat(askedLevel.path("severity").asInt()).isEqualTo(4);
        assertThat(bad.status()).as("severity is 0-9: refused before anything is sent").isEqualTo(400);
    }

    @Test
    void TC_N_08_CSMS_oneDeltaMonitorIsSetOnTheAvailabilityOfAnEvse() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetVariableMonitoring", Map.of("setMonitoringResult", List.of(Map.of("id", 3,
                "status", "Accepted", "type", "Delta", "severity", 8,
                "component", component("EVSE", 1), "variable", Map.of("name", "AvailabilityState")))));

        var set = api.post(station(id) + "/ocpp/SetVariableMonitoring", Map.of("setMonitoringData", List.of(
                Map.of("value", 1, "type", "Delta", "severity", 8, "component", component("EVSE", 1),
                        "variable", Map.of("name", "AvailabilityState")))));
        JsonNode asked = station.awaitCall("SetVariableMonitoring").path("setMonitoringData");

        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).path("value").asInt()).isEqualTo(1);
        assertThat(asked.get(0).path("type").asText()).isEqualTo("Delta");
        assertThat(asked.get(0).path("severity").asInt()).isEqualTo(8);
        assertThat(asked.get(0).path("component").path("name").asText()).isEqualTo("EVSE");
        assertThat(asked.get(0).path("component").path("evse").path("id").asInt()).isEqualTo(1);
        assertThat(asked.get(0).path("variable").path("name").asText()).isEqualTo("AvailabilityState");
        JsonNode result = set.body().path("setMonitoringResult");
        assertThat(result.findValuesAsText("status")).as(set.toString()).containsExactly("Accepted");
        assertThat(result.get(0).path("id").asInt()).as("the id the station gave the monitor").isEqualTo(3);
    }

    @Test
    void TC_N_09_CSMS_monitorsOnTwoComponentsAreSetInOneRequestAndEachResultComesBack() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetVariableMonitoring", Map.of("setMonitoringResult", List.of(
                Map.of("id", 4, "status", "Accepted", "type", "Delta", "severity", 8,
                        "component", component("EVSE", 1), "variable", Map.of("name", "AvailabilityState")),
                Map.of("status", "UnknownComponent", "type", "Delta", "severity", 8,
                        "component", component("ChargingStation", null),
                        "variable", Map.of("name", "AvailabilityState")))));

        var set = api.post(station(id) + "/ocpp/SetVariableMonitoring", Map.of("setMonitoringData", List.of(
                Map.of("value", 1, "type", "Delta", "severity", 8, "component", component("EVSE", 1),
                        "variable", Map.of("name", "AvailabilityState")),
                Map.of("value", 1, "type", "Delta", "severity", 8, "component", component("ChargingStation", null),
                        "variable", Map.of("name", "AvailabilityState")))));
        JsonNode asked = station.awaitCall("SetVariableMonitoring").path("setMonitoringData");

        assertThat(asked).hasSize(2);
        assertThat(asked.findValuesAsText("type")).containsExactly("Delta", "Delta");
        assertThat(asked.findValuesAsText("severity")).containsExactly("8", "8");
        assertThat(asked.get(0).path("component").path("evse").path("id").asInt()).isEqualTo(1);
        assertThat(asked.get(1).path("component").path("name").asText()).isEqualTo("ChargingStation");
        assertThat(asked.get(1).path("component").has("evse")).isFalse();
        assertThat(set.body().path("setMonitoringResult").findValuesAsText("status")).as(set.toString())
                .containsExactly("Accepted", "UnknownComponent");
    }

    @Test
    void TC_N_17_CSMS_aMonitoringLevelTheStationRefusesAnswersRejected() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetMonitoringLevel", Map.of("status", "Rejected"));

        var level = api.post(station(id) + "/ocpp/SetMonitoringLevel", Map.of("severity", 4));

        assertThat(station.awaitCall("SetMonitoringLevel").path("severity").asInt()).isEqualTo(4);
        assertThat(level.status()).as(level.toString()).isEqualTo(200);
        assertThat(level.text("status")).isEqualTo("Rejected");
    }

    @Test
    void TC_N_18_CSMS_moreMonitorsThanTheStationClearsAtOnceAreClearedInSeveralRequests() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Map<String, Object> itemsPerMessage = Map.of("component", Map.of("name", "MonitoringCtrlr"),
                "variable", Map.of("name", "ItemsPerMessage", "instance", "ClearVariableMonitoring"));
        Map<String, Object> result = new HashMap<>(itemsPerMessage);
        result.putAll(Map.of("attributeStatus", "Accepted", "attributeValue", "3"));
        station.answer("GetVariables", Map.of("getVariableResult", List.of(result)));
        station.answer("ClearVariableMonitoring", Map.of("clearMonitoringResult", List.of(
                Map.of("status", "Accepted", "id", 1))));

        var clear = api.post(station(id) + "/ocpp/ClearVariableMonitoring", Map.of("id", List.of(1, 2, 3, 4, 5, 6, 7)));
        JsonNode limit = station.awaitCall("GetVariables").path("getVariableData");
        List<String> requests = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            requests.add(station.awaitCall("ClearVariableMonitoring").path("id").toString());
        }

        assertThat(limit).hasSize(1);
        assertThat(limit.get(0).path("component").path("name").asText()).isEqualTo("MonitoringCtrlr");
        assertThat(limit.get(0).path("variable").path("name").asText()).isEqualTo("ItemsPerMessage");
        assertThat(limit.get(0).path("variable").path("instance").asText()).isEqualTo("ClearVariableMonitoring");
        assertThat(requests).as("N06.FR.04: never more ids than ItemsPerMessage")
                .containsExactly("[1,2,3]", "[4,5,6]", "[7]");
        assertThat(clear.status()).as(clear.toString()).isEqualTo(200);
        assertThat(clear.body().path("clearMonitoringResult")).as("each request's results, answered as one")
                .hasSize(3);
    }

    private static Map<String, Object> event(int eventId, Instant at, String trigger, String component, Integer evse,
                                             String variable, String value, Integer monitorId) {
        Map<String, Object> event = new HashMap<>(Map.of("eventId", eventId, "timestamp", at.toString(),
                "trigger", trigger, "actualValue", value, "component", component(component, evse),
                "variable", Map.of("name", variable), "eventNotificationType",
                monitorId == null ? "HardWiredMonitor" : "CustomMonitor"));
        if (monitorId != null) {
            event.put("variableMonitoringId", monitorId);
        }
        return event;
    }

    private static Map<String, Object> notifyEvent(Instant at, Map<String, Object>... events) {
        return Map.of("generatedAt", at.toString(), "seqNo", 0, "eventData", List.of(events));
    }

    @Test
    void TC_N_21_CSMS_hardWiredMonitorAlertsAreAnsweredEmptyStoredOnceAndBrowsableWithFilters() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> notify = notifyEvent(at,
                event(1, at, "Alerting", "EVSE", 1, "Power", "23000", null),
                event(2, at.plusSeconds(1), "Alerting", "Connector", 2, "AvailabilityState", "Faulted", null),
                event(3, at.plusSeconds(2), "Alerting", "ChargingStation", null, "Problem", "true", null));

        var first = station.call("NotifyEvent", notify);
        var again = station.call("NotifyEvent", notify);

        assertThat(first.isError()).isFalse();
        assertThat(first.payload().size()).as("N07.FR.03: NotifyEventResponse is empty").isZero();
        assertThat(again.isError()).isFalse();
        JsonNode all = api.get(station(id) + "/events").body();
        assertThat(all.path("total").asInt()).as("a NotifyEvent sent again is kept once").isEqualTo(3);
        assertThat(all.path("items").findValuesAsText("eventId")).containsExactly("3", "2", "1");
        assertThat(all.path("items").findValuesAsText("eventNotificationType")).containsOnly("HardWiredMonitor");
        JsonNode connector = api.get(station(id) + "/events?component=connector").body().path("items");
        assertThat(connector.findValuesAsText("actualValue")).containsExactly("Faulted");
        JsonNode evse1 = api.get(station(id) + "/events?evseId=1&variable=POWER").body().path("items");
        assertThat(evse1.findValuesAsText("eventId")).containsExactly("1");
        JsonNode since = api.get(station(id) + "/events?from=" + at.plusSeconds(1)).body().path("items");
        assertThat(since.findValuesAsText("eventId")).containsExactly("3", "2");
        assertThat(api.get(station(id) + "/events?from=tomorrow").status()).isEqualTo(400);
    }

    @Test
    void N07_anEventMatchingAnOperatorsRuleRaisesAnAlarmThatIsAcknowledgedOnce() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.call("NotifyMonitoringReport", monitoringReport(1, 0, false,
                List.of(reported("EVSE", 1, "Power", 21, "UpperThreshold", 1))));
        var byName = api.post("/api/v1/alarm-rules", Map.of("stationId", id, "component", "Connector",
                "variable", "AvailabilityState"));
        var bySeverity = api.post("/api/v1/alarm-rules", Map.of("stationId", id, "maxSeverity", 2));
        var empty = api.post("/api/v1/alarm-rules", Map.of("stationId", id));
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        station.call("NotifyEvent", notifyEvent(at,
                event(1, at, "Alerting", "Connector", 1, "AvailabilityState", "Faulted", null),
                event(2, at, "Alerting", "EVSE", 1, "Power", "23500", 21),
                event(3, at, "Alerting", "EVSE", 1, "Current", "12", null)));
        station.call("NotifyEvent", notifyEvent(at,
                event(1, at, "Alerting", "Connector", 1, "AvailabilityState", "Faulted", null)));

        assertThat(byName.status()).as(byName.toString()).isEqualTo(201);
        assertThat(bySeverity.status()).isEqualTo(201);
        assertThat(empty.status()).as("a rule names something").isEqualTo(400);
        JsonNode open = api.get("/api/v1/alarms?stationId=" + id + "&open=true").body().path("items");
        assertThat(open.findValuesAsText("variable")).as("newest first; a resent event raises nothing again")
                .containsExactlyInAnyOrder("AvailabilityState", "Power");
        JsonNode power = open.get(0).path("variable").asText().equals("Power") ? open.get(0) : open.get(1);
        assertThat(power.path("severity").asInt()).isEqualTo(1);
        long alarmId = power.path("id").asLong();
        var acknowledged = api.post("/api/v1/alarms/" + alarmId + "/acknowledge", Map.of());
        var again = api.post("/api/v1/alarms/" + alarmId + "/acknowledge", Map.of());
        assertThat(acknowledged.body().path("open").asBoolean()).isFalse();
        assertThat(acknowledged.text("acknowledgedBy")).isEqualTo("admin");
        assertThat(again.text("acknowledgedAt")).isEqualTo(acknowledged.text("acknowledgedAt"));
        assertThat(api.get("/api/v1/alarms?stationId=" + id + "&open=true").body().path("items")
                .findValuesAsText("variable")).containsExactly("AvailabilityState");
        assertThat(api.post("/api/v1/alarms/999999/acknowledge", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void TC_N_24_CSMS_periodicEventsOfAMonitorAreEachAnsweredAndKept() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        List<ScriptedStation.Answer> answers = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            answers.add(station.call("NotifyEvent", notifyEvent(at.plusSeconds(n),
                    event(n, at.plusSeconds(n), "Periodic", "EVSE", 1, "AvailabilityState", "Available", null))));
        }

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.isError()).isFalse();
            assertThat(answer.payload().size()).isZero();
        });
        JsonNode periodic = api.get(station(id) + "/events?trigger=Periodic").body();
        assertThat(periodic.path("items").findValuesAsText("eventId")).containsExactly("3", "2", "1");
    }

    private Map<String, Object> customerInformation(int requestId, boolean report, boolean clear, String token) {
        return Map.of("requestId", requestId, "report", report, "clear", clear,
                "idToken", Map.of("idToken", token, "type", "ISO14443"));
    }

    private static Map<String, Object> notifyCustomerInformation(int requestId, String data) {
        return Map.of("requestId", requestId, "seqNo", 0, "generatedAt", Instant.now().toString(), "data", data);
    }

    @Test
    void TC_N_27_CSMS_customerInformationOfATokenIsAskedForAndItsDataKept() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = bootedStation(id);
        station.answer("CustomerInformation", Map.of("status", "Accepted"));

        var reply = api.post(station(id) + "/ocpp/CustomerInformation", customerInformation(51, true, false, card));
        JsonNode asked = station.awaitCall("CustomerInformation");
        var part = station.call("NotifyCustomerInformation", notifyCustomerInformation(51, "sessions: 4"));

        assertThat(reply.text("status")).as(reply.toString()).isEqualTo("Accepted");
        assertThat(asked.path("report").asBoolean()).isTrue();
        assertThat(asked.path("idToken").path("idToken").asText()).isEqualTo(card);
        assertThat(asked.path("idToken").path("type").asText()).isEqualTo("ISO14443");
        assertThat(part.isError()).isFalse();
        assertThat(part.payload().size()).isZero();
        JsonNode kept = api.get(station(id) + "/customer-information/51").body();
        assertThat(kept.path("complete").asBoolean()).isTrue();
        assertThat(kept.path("data").asText()).isEqualTo("sessions: 4");
    }

    @Test
    void TC_N_28_CSMS_aReportWithNoDataIsKeptAsCompleteAndEmpty() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = bootedStation(id);
        station.answer("CustomerInformation", Map.of("status", "Accepted"));

        api.post(station(id) + "/ocpp/CustomerInformation", customerInformation(52, true, false, card));
        JsonNode asked = station.awaitCall("CustomerInformation");
        var part = station.call("NotifyCustomerInformation", notifyCustomerInformation(52, ""));

        assertThat(asked.path("report").asBoolean()).isTrue();
        assertThat(part.isError()).as(String.valueOf(part.errorCode())).isFalse();
        JsonNode kept = api.get(station(id) + "/customer-information/52").body();
        assertThat(kept.path("complete").asBoolean()).isTrue();
        assertThat(kept.path("data").asText()).isEmpty();
        assertThat(kept.path("parts")).hasSize(1);
    }

    @Test
    void TC_N_29_CSMS_aRefusedCustomerInformationRequestAnswersRejectedAndNothingIsKept() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = bootedStation(id);
        station.answer("CustomerInformation", Map.of("status", "Rejected"));

        var reply = api.post(station(id) + "/ocpp/CustomerInformation", customerInformation(53, true, false, card));
        JsonNode asked = station.awaitCall("CustomerInformation");

        assertThat(asked.path("report").asBoolean()).isTrue();
        assertThat(asked.path("idToken").path("idToken").asText()).isEqualTo(card);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo("Rejected");
        JsonNode kept = api.get(station(id) + "/customer-information/53").body();
        assertThat(kept.path("complete").asBoolean()).isFalse();
        assertThat(kept.path("parts")).isEmpty();
    }

    @Test
    void TC_N_30_CSMS_clearingAndReportingATokensDataKeepsWhatTheStationReports() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = bootedStation(id);
        station.answer("CustomerInformation", Map.of("status", "Accepted"));

        var reply = api.post(station(id) + "/ocpp/CustomerInformation", customerInformation(54, true, true, card));
        JsonNode asked = station.awaitCall("CustomerInformation");
        station.call("NotifyCustomerInformation", notifyCustomerInformation(54, "cleared: 2 sessions"));

        assertThat(reply.text("status")).as(reply.toString()).isEqualTo("Accepted");
        assertThat(asked.path("report").asBoolean()).isTrue();
        assertThat(asked.path("clear").asBoolean()).isTrue();
        assertThat(asked.path("idToken").path("idToken").asText()).isEqualTo(card);
        assertThat(api.get(station(id) + "/customer-information/54").body().path("data").asText())
                .isEqualTo("cleared: 2 sessions");
    }

    @Test
    void TC_N_31_CSMS_clearingAndReportingWithNoDataIsKeptAsCompleteAndEmpty() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = bootedStation(id);
        station.answer("CustomerInformation", Map.of("status", "Accepted"));

        api.post(station(id) + "/ocpp/CustomerInformation", customerInformation(55, true, true, card));
        JsonNode asked = station.awaitCall("CustomerInformation");
        var part = station.call("NotifyCustomerInformation", notifyCustomerInformation(55, ""));

        assertThat(asked.path("report").asBoolean()).isTrue();
        assertThat(asked.path("clear").asBoolean()).isTrue();
        assertThat(part.isError()).isFalse();
        JsonNode kept = api.get(station(id) + "/customer-information/55").body();
        assertThat(kept.path("complete").asBoolean()).isTrue();
        assertThat(kept.path("data").asText()).isEmpty();
    }

    private JsonNode logStatusReports(String id) {
        return api.get(station(id) + "/log-status-reports").body().path("items");
    }

    private static List<String> byRequest(JsonNode reports) {
        List<String> statuses = new ArrayList<>();
        reports.forEach(r -> statuses.add(r.path("requestId").asInt() + ":" + r.path("status").asText()));
        return statuses;
    }

    @Test
    void TC_N_35_CSMS_aSecurityLogIsGetLogAndItsUploadIsReported() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("GetLog", Map.of("status", "Accepted", "filename", "security.log"));

        var requested = api.post(station(id) + "/commands/get-log", Map.of("logType", "SecurityLog",
                "requestId", 35, "remoteLocation", "https://csms.example.com/logs"));
        JsonNode asked = station.awaitCall("GetLog");
        station.call("LogStatusNotification", Map.of("status", "Uploading", "requestId", 35));
        station.call("LogStatusNotification", Map.of("status", "Uploaded", "requestId", 35));

        assertThat(requested.text("status")).as(requested.toString()).isEqualTo("Accepted");
        assertThat(asked.path("logType").asText()).isEqualTo("SecurityLog");
        assertThat(asked.path("requestId").asInt()).isEqualTo(35);
        assertThat(byRequest(logStatusReports(id))).containsExactlyInAnyOrder("35:Uploading", "35:Uploaded");
    }

    @Test
    void TC_N_36_CSMS_aSecondLogRequestCancelsTheFirstAndEachUploadIsReportedByItsRequest() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("GetLog", Map.of("status", "Accepted", "filename", "first.log"));
        var first = api.post(station(id) + "/commands/get-log", Map.of("logType", "DiagnosticsLog",
                "requestId", 361, "remoteLocation", "https://csms.example.com/logs"));
        station.awaitCall("GetLog");
        station.call("LogStatusNotification", Map.of("status", "Uploading", "requestId", 361));

        station.answer("GetLog", Map.of("status", "AcceptedCanceled", "filename", "second.log"));
        var second = api.post(station(id) + "/commands/get-log", Map.of("logType", "DiagnosticsLog",
                "requestId", 362, "remoteLocation", "https://csms.example.com/logs"));
        JsonNode askedSecond = station.awaitCall("GetLog");
        station.call("LogStatusNotification", Map.of("status", "AcceptedCanceled", "requestId", 361));
        station.call("LogStatusNotification", Map.of("status", "Uploading", "requestId", 362));
        station.call("LogStatusNotification", Map.of("status", "Uploaded", "requestId", 362));

        assertThat(first.text("status")).as(first.toString()).isEqualTo("Accepted");
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.text("status")).isEqualTo("AcceptedCanceled");
        assertThat(askedSecond.path("requestId").asInt()).isEqualTo(362);
        assertThat(byRequest(logStatusReports(id))).containsExactlyInAnyOrder("361:Uploading",
                "361:AcceptedCanceled", "362:Uploading", "362:Uploaded");
    }

    @Test
    void TC_N_44_CSMS_aClearTheStationRefusesShowsRejectedAndTheMonitorIsStillListed() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.call("NotifyMonitoringReport", monitoringReport(1, 0, false,
                List.of(reported("EVSE", 1, "Power", 44, "UpperThreshold", 2))));
        station.answer("ClearVariableMonitoring", Map.of("clearMonitoringResult", List.of(
                Map.of("status", "Rejected", "id", 44))));

        var clear = api.post(station(id) + "/ocpp/ClearVariableMonitoring", Map.of("id", List.of(44)));
        JsonNode asked = station.awaitCall("ClearVariableMonitoring");

        assertThat(asked.path("id").toString()).isEqualTo("[44]");
        assertThat(clear.status()).as(clear.toString()).isEqualTo(200);
        assertThat(clear.body().path("clearMonitoringResult").findValuesAsText("status")).containsExactly("Rejected");
        assertThat(monitorIds(id)).containsExactly("44");
    }

    @Test
    void TC_N_46_CSMS_clearingATokensDataRemovesItFromTheStationsLocalListUnderTheNextVersion() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        String kept = stations.issuedToken();
        ScriptedStation station = bootedStation(id);
        station.answer("GetVariables", Map.of("getVariableResult", List.of(Map.of("attributeStatus", "Accepted",
                "attributeValue", "100", "component", Map.of("name", "LocalAuthListCtrlr"),
                "variable", Map.of("name", "ItemsPerMessage")))));
        station.answer("SendLocalList", Map.of("status", "Accepted"));
        station.answer("CustomerInformation", Map.of("status", "Accepted"));
        api.put(station(id) + "/local-list", Map.of("tokens", List.of(card, kept)));
        api.post(station(id) + "/local-list/sync", Map.of("full", true));
        station.awaitCall("GetVariables");
        int installed = station.awaitCall("SendLocalList").path("versionNumber").asInt();

        var reply = api.post(station(id) + "/customer-information", customerInformation(46, true, true, card));
        JsonNode asked = station.awaitCall("CustomerInformation");
        station.awaitCall("GetVariables");
        JsonNode update = station.awaitCall("SendLocalList");
        station.call("NotifyCustomerInformation", notifyCustomerInformation(46, "cleared: 1 token"));

        assertThat(asked.path("report").asBoolean()).isTrue();
        assertThat(asked.path("clear").asBoolean()).isTrue();
        assertThat(asked.path("idToken").path("idToken").asText()).isEqualTo(card);
        assertThat(update.path("updateType").asText()).isEqualTo("Differential");
        assertThat(update.path("versionNumber").asInt()).isEqualTo(installed + 1);
        JsonNode entries = update.path("localAuthorizationList");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).path("idToken").path("idToken").asText()).isEqualTo(card);
        assertThat(entries.get(0).path("idToken").path("type").asText()).isEqualTo("ISO14443");
        assertThat(entries.get(0).has("idTokenInfo")).as("a removal carries no idTokenInfo").isFalse();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(reply.body().path("localList").path("status").asText()).isEqualTo("Accepted");
        assertThat(reply.body().path("localList").path("version").asInt()).isEqualTo(installed + 1);
        JsonNode list = api.get(station(id) + "/local-list").body();
        assertThat(list.path("held").findValuesAsText("idToken")).containsExactly(kept);
        assertThat(api.get(station(id) + "/customer-information/46").body().path("data").asText())
                .isEqualTo("cleared: 1 token");
    }

    @Test
    void TC_N_46_CSMS_aTokenNotOnTheStationsListIsClearedWithoutALocalListUpdate() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = bootedStation(id);
        station.answer("CustomerInformation", Map.of("status", "Accepted"));

        var reply = api.post(station(id) + "/customer-information", customerInformation(47, false, true, card));
        JsonNode asked = station.awaitCall("CustomerInformation");

        assertThat(asked.path("clear").asBoolean()).isTrue();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(reply.body().has("localList")).as("no list to update").isFalse();
        assertThat(api.get(station(id) + "/local-list").body().path("stationVersion").asInt(0)).isZero();
    }

    @Test
    void TC_N_47_CSMS_aReportOfAllMonitorsIsAskedForWithoutCriteriaAndKeptAcrossItsParts() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetVariableMonitoring", Map.of("setMonitoringResult", List.of(Map.of("id", 12,
                "status", "Accepted", "type", "UpperThreshold", "severity", 2, "component", component("EVSE", 1),
                "variable", Map.of("name", "Power")))));
        station.answer("GetMonitoringReport", Map.of("status", "Accepted"));

        var set = api.post(station(id) + "/ocpp/SetVariableMonitoring", Map.of("setMonitoringData",
                List.of(Map.of("value", 22000, "type", "UpperThreshold", "severity", 2,
                        "component", component("EVSE", 1), "variable", Map.of("name", "Power")))));
        station.awaitCall("SetVariableMonitoring");
        var report = api.post(station(id) + "/ocpp/GetMonitoringReport", Map.of("requestId", 8));
        JsonNode asked = station.awaitCall("GetMonitoringReport");
        var part0 = station.call("NotifyMonitoringReport", monitoringReport(8, 0, true, List.of(Map.of(
                "component", component("EVSE", 1), "variable", Map.of("name", "Power"), "variableMonitoring",
                List.of(Map.of("id", 12, "transaction", false, "value", 22000, "type", "UpperThreshold",
                                "severity", 2),
                        Map.of("id", 13, "transaction", true, "value", 5, "type", "Delta", "severity", 7))))));
        var part1 = station.call("NotifyMonitoringReport", monitoringReport(8, 1, false,
                List.of(reported("ChargingStation", null, "AvailabilityState", 14, "Delta", 8))));

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(report.text("status")).isEqualTo("Accepted");
        assertThat(asked.has("monitoringCriteria")).isFalse();
        assertThat(asked.has("componentVariable")).isFalse();
        assertThat(part0.isError()).isFalse();
        assertThat(part1.isError()).isFalse();
        JsonNode monitors = api.get(station(id) + "/monitors").body().path("items");
        assertThat(monitors.findValuesAsText("id")).containsExactlyInAnyOrder("12", "13", "14");
        JsonNode power = monitors.findParents("id").stream().filter(m -> m.path("id").asInt() == 12).findFirst()
                .orElseThrow();
        assertThat(power.path("severity").asInt()).isEqualTo(2);
        assertThat(power.path("component").path("evseId").asInt()).isEqualTo(1);
    }

    @Test
    void TC_N_48_CSMS_anAlertOfAWriteOnlyVariableWithoutAValueIsAnsweredAndKept() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        var answer = station.call("NotifyEvent", notifyEvent(at,
                event(1, at, "Alerting", "EVSE", 1, "AvailabilityState", "", null)));

        assertThat(answer.isError()).as(String.valueOf(answer.errorCode())).isFalse();
        assertThat(answer.payload().size()).isZero();
        JsonNode kept = api.get(station(id) + "/events").body().path("items");
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).path("actualValue").asText()).isEmpty();
    }

    @Test
    void TC_N_49_CSMS_aThresholdClearedAfterARebootIsAnsweredAndKeptAsCleared() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> cleared = event(1, at, "Alerting", "EVSE", 1, "AvailabilityState", "0", null);
        cleared.put("cleared", true);

        var answer = station.call("NotifyEvent", notifyEvent(at, cleared));

        assertThat(answer.isError()).isFalse();
        assertThat(answer.payload().size()).isZero();
        JsonNode kept = api.get(station(id) + "/events").body().path("items");
        assertThat(kept.findValuesAsText("cleared")).containsExactly("true");
    }

    @Test
    void TC_N_50_CSMS_aPeriodicallyTriggeredEventIsAnsweredAndKeptWithItsTrigger() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        var answer = station.call("NotifyEvent", notifyEvent(at,
                event(1, at, "Periodic", "EVSE", 1, "AvailabilityState", "42", null)));

        assertThat(answer.isError()).isFalse();
        assertThat(answer.payload().size()).isZero();
        JsonNode kept = api.get(station(id) + "/events").body().path("items");
        assertThat(kept.findValuesAsText("trigger")).containsExactly("Periodic");
        assertThat(kept.findValuesAsText("actualValue")).containsExactly("42");
    }

    @Test
    void TC_N_60_CSMS_aMonitoringReportByCriteriaAndAListOfComponentVariablesIsAskedFor() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        List<Map<String, Object>> both = List.of(componentVariable("ChargingStation", null, "AvailabilityState"),
                componentVariable("EVSE", 1, "AvailabilityState"));

        List<JsonNode> asked = askedForAReportTwice(id, station,
                getMonitoringReport(601, List.of("DeltaMonitoring"), both),
                getMonitoringReport(602, List.of("ThresholdMonitoring"), both),
                List.of(reported("ChargingStation", null, "AvailabilityState", 1, "UpperThreshold", 5),
                        reported("EVSE", 1, "AvailabilityState", 2, "UpperThreshold", 5)));

        assertThat(asked.get(0).path("monitoringCriteria").toString()).isEqualTo("[\"DeltaMonitoring\"]");
        assertThat(asked.get(1).path("monitoringCriteria").toString()).isEqualTo("[\"ThresholdMonitoring\"]");
        assertThat(asked).allSatisfy(request -> assertThat(componentVariableNames(request))
                .containsExactly("ChargingStation/AvailabilityState", "EVSE#1/AvailabilityState"));
        assertThat(monitorIds(id)).containsExactlyInAnyOrder("1", "2");
    }

    @Test
    void TC_N_63_CSMS_customerInformationOfACertificateIsClearedAndReported() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("CustomerInformation", Map.of("status", "Accepted"));
        Map<String, Object> certificate = Map.of("hashAlgorithm", "SHA256", "issuerNameHash", "a3f1c2",
                "issuerKeyHash", "9b8e7d", "serialNumber", "0c1d2e");

        var reply = api.post(station(id) + "/ocpp/CustomerInformation", Map.of("requestId", 63, "report", true,
                "clear", true, "customerCertificate", certificate));
        JsonNode asked = station.awaitCall("CustomerInformation");
        station.call("NotifyCustomerInformation", notifyCustomerInformation(63, "contract certificate removed"));

        assertThat(reply.text("status")).as(reply.toString()).isEqualTo("Accepted");
        assertThat(asked.path("report").asBoolean()).isTrue();
        assertThat(asked.path("clear").asBoolean()).isTrue();
        assertThat(asked.path("customerCertificate").path("serialNumber").asText()).isEqualTo("0c1d2e");
        assertThat(asked.has("idToken")).isFalse();
        assertThat(api.get(station(id) + "/customer-information/63").body().path("data").asText())
                .isEqualTo("contract certificate removed");
    }
}
