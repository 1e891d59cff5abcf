package io.gridcharge.app.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Smart charging (K) and diagnostics (N) of the platform as an OCPP 2.0.1 CSMS, seen by an independent station
 * (ocpp-rpc in strict mode with ocpp2.0.1: every call both ways is checked against the official schemas). The K
 * tests carry the OCA CSMS test case id they replay (TC_K_01 to TC_K_70): the platform's side of each, driven
 * through the operator's API (typed endpoints, the generic one for GetChargingProfiles) or by the station's own
 * calls; the ISO 15118 cases (TC_K_53 to TC_K_59) by the planner answering an EV's needs. Block N's cases are in
 * {@link Ocpp201DiagnosticsConformanceIT}, but for the customer information ones kept here (TC_N_28, TC_N_32, TC_N_62).
 */
class Ocpp201GridConformanceIT {
    @RegisterExtension
    static final PlatformFixture PLATFORM = PlatformFixture.onItsOwnDatabase();

    private final ApiClient api = PLATFORM.admin();

    @RegisterExtension
    final ConformanceStations stations = new ConformanceStations(PLATFORM, api, "GRID");

    private ScriptedStation bootedStation(String id) {
        ScriptedStation station = stations.connectedStation201(id);
        assertThat(station.call("BootNotification", Ocpp201CsmsConformanceIT.boot("SN-" + id)).text("status"))
                .isEqualTo("Accepted");
        return station;
    }

    private static String station(String id) {
        return "/api/v1/stations/" + id;
    }

    private static Map<String, Object> profile(int id, String purpose, String kind, Map<String, Object> schedule) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("chargingProfileId", id);
        profile.put("stackLevel", 0);
        profile.put("chargingProfilePurpose", purpose);
        profile.put("chargingProfileKind", kind);
        profile.put("chargingSchedule", schedule);
        return profile;
    }

    private static Map<String, Object> schedule(String unit, Instant start, Map<String, Object>... periods) {
        Map<String, Object> schedule = new LinkedHashMap<>();
        if (start != null) {
            schedule.put("startSchedule", start.toString());
        }
        schedule.put("duration", 7200);
        schedule.put("chargingRateUnit", unit);
        schedule.put("chargingSchedulePeriod", List.of(periods));
        return schedule;
    }

    private static Map<String, Object> period(int start, int limit) {
        return Map.of("startPeriod", start, "limit", limit);
    }

    /** A 2.0.1 ChargingScheduleType as a station sends it. */
    private static Map<String, Object> wireSchedule(int id, String unit, Map<String, Object>... periods) {
        return Map.of("id", id, "chargingRateUnit", unit, "chargingSchedulePeriod", List.of(periods));
    }

    private String startTransaction(ScriptedStation station, String id, int evse) {
        String txId = "TX-" + id + "-" + evse;
        Instant now = Instant.now();
        var started = station.call("TransactionEvent", Ocpp201CsmsConformanceIT.transactionEvent("Started", 0,
                "CablePluggedIn", txId, now, Map.of("evse", Map.of("id", evse, "connectorId", 1),
                        "meterValue", Ocpp201CsmsConformanceIT.register(now, 100, "Transaction.Begin"))));
        assertThat(started.isError()).as(started.toString()).isFalse();
        return txId;
    }

    /** The profile as the operator sends it, valid from {@code from} to {@code to}. */
    private static Map<String, Object> valid(Map<String, Object> profile, Instant from, Instant to) {
        profile.put("validFrom", from.toString());
        profile.put("validTo", to.toString());
        return profile;
    }

    private static Map<String, Object> period(int start, int limit, int phases) {
        return Map.of("startPeriod", start, "limit", limit, "numberPhases", phases);
    }

    private JsonNode profilesHeld(String id) {
        return api.get(station(id) + "/charging-profiles").body().path("profiles");
    }

    private static JsonNode firstSchedule(JsonNode profile) {
        return profile.path("chargingSchedule").get(0);
    }

    @Test
    void TC_K_01_CSMS_aTxDefaultProfileForOneEvseIsSentWithItsValidityScheduleAndPhasesAndHeld() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetChargingProfile", Map.of("status", "Accepted"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        var refused = api.post(station(id) + "/charging-profiles", Map.of("connectorId", 1, "chargingProfile",
                profile(6, "TxDefaultProfile", "Absolute", schedule("A", now, period(60, 6)))));
        var reply = api.post(station(id) + "/charging-profiles", Map.of("connectorId", 1, "chargingProfile",
                valid(profile(5, "TxDefaultProfile", "Absolute", schedule("A", now, period(0, 6, 1))), now,
                        now.plusSeconds(7200))));
        JsonNode asked = station.awaitCall("SetChargingProfile");

        assertThat(refused.status()).as("K01.FR.31: the first period starts at 0").isEqualTo(400);
        assertThat(reply.text("status")).as(reply.toString()).isEqualTo("Accepted");
        assertThat(asked.path("evseId").asInt()).isEqualTo(1);
        JsonNode sent = asked.path("chargingProfile");
        assertThat(sent.path("id").asInt()).isEqualTo(5);
        assertThat(sent.path("stackLevel").asInt()).isZero();
        assertThat(sent.path("chargingProfilePurpose").asText()).isEqualTo("TxDefaultProfile");
        assertThat(sent.path("chargingProfileKind").asText()).isEqualTo("Absolute");
        assertThat(Instant.parse(sent.path("validFrom").asText())).isEqualTo(now);
        assertThat(Instant.parse(sent.path("validTo").asText())).isEqualTo(now.plusSeconds(7200));
        assertThat(sent.has("transactionId")).isFalse();
        JsonNode schedule = firstSchedule(sent);
        assertThat(Instant.parse(schedule.path("startSchedule").asText())).isEqualTo(now);
        assertThat(schedule.path("chargingRateUnit").asText()).isEqualTo("A");
        assertThat(schedule.path("duration").asInt()).isEqualTo(7200);
        JsonNode first = schedule.path("chargingSchedulePeriod").get(0);
        assertThat(first.path("startPeriod").asInt()).isZero();
        assertThat(first.path("limit").asDouble()).isEqualTo(6.0);
        assertThat(first.path("numberPhases").asInt()).isEqualTo(1);
        assertThat(profilesHeld(id).findValuesAsText("chargingProfileId")).containsExactly("5");
    }

    @Test
    void TC_K_02_CSMS_aTxProfileTheStationRejectsIsReportedRejectedAndNotHeldAndNoneIsSentWithoutATransaction() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        var refused = api.post(station(id) + "/charging-profiles", Map.of("connectorId", 2, "chargingProfile",
                profile(3, "TxProfile", "Relative", schedule("A", null, period(0, 7)))));
        var heartbeat = station.call("Heartbeat", Map.of());
        List<String> askedMeanwhile = station.pendingCalls();
        startTransaction(station, id, 1);
        station.answer("SetChargingProfile", Map.of("status", "Rejected"));
        var rejected = api.post(station(id) + "/charging-profiles", Map.of("connectorId", 1, "chargingProfile",
                profile(3, "TxProfile", "Relative", schedule("A", null, period(0, 7)))));
        JsonNode asked = station.awaitCall("SetChargingProfile");

        assertThat(refused.status()).as("no transaction on EVSE 2: refused").isEqualTo(409);
        assertThat(askedMeanwhile).as("nothing was sent").isEmpty();
        assertThat(heartbeat.isError()).isFalse();
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.text("status")).isEqualTo("Rejected");
        assertThat(asked.path("evseId").asInt()).isEqualTo(1);
        JsonNode sent = asked.path("chargingProfile");
        assertThat(sent.path("chargingProfilePurpose").asText()).isEqualTo("TxProfile");
        assertThat(sent.path("chargingProfileKind").asText()).isEqualTo("Relative");
        assertThat(firstSchedule(sent).has("startSchedule")).isFalse();
        assertThat(firstSchedule(sent).path("chargingSchedulePeriod").get(0).path("startPeriod").asInt()).isZero();
        assertThat(firstSchedule(sent).path("chargingSchedulePeriod").get(0).path("limit").asDouble()).isEqualTo(7.0);
        assertThat(profilesHeld(id)).isEmpty();
    }

    @Test
    void TC_K_03_CSMS_aChargePointMaxProfileIsAnAbsoluteChargingStationMaxProfileOnEvse0() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetChargingProfile", Map.of("status", "Accepted"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        var relative = api.post(station(id) + "/charging-profiles", Map.of("connectorId", 0, "chargingProfile",
                profile(2, "ChargePointMaxProfile", "Relative", schedule("W", null, period(0, 8000)))));
        var reply = api.post(station(id) + "/charging-profiles", Map.of("connectorId", 0, "chargingProfile",
                valid(profile(1, "ChargePointMaxProfile", "Absolute", schedule("W", now, period(0, 8000))), now,
                        now.plusSeconds(7200))));
        JsonNode asked = station.awaitCall("SetChargingProfile");

        assertThat(relative.status()).as("K01.FR.38: never Relative").isEqualTo(400);
        assertThat(relative.body().toString()).contains("chargingProfileKind");
        assertThat(reply.text("status")).as(reply.toString()).isEqualTo("Accepted");
        assertThat(asked.path("evseId").asInt()).isZero();
        JsonNode sent = asked.path("chargingProfile");
        assertThat(sent.path("chargingProfilePurpose").asText()).isEqualTo("ChargingStationMaxProfile");
        assertThat(sent.path("chargingProfileKind").asText()).isEqualTo("Absolute");
        assertThat(sent.has("validFrom")).isTrue();
        assertThat(sent.has("validTo")).isTrue();
        assertThat(firstSchedule(sent).has("startSchedule")).isTrue();
        assertThat(firstSchedule(sent).path("duration").asInt()).isEqualTo(7200);
        assertThat(firstSchedule(sent).path("chargingSchedulePeriod").get(0).path("limit").asDouble())
                .isEqualTo(8000.0);
    }

    @Test
    void TC_K_04_CSMS_aProfileSentAgainWithItsIdReplacesTheOneHeld() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetChargingProfile", Map.of("status", "Accepted"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        api.post(station(id) + "/charging-profiles", Map.of("connectorId", 1, "chargingProfile",
                profile(5, "TxDefaultProfile", "Absolute", schedule("A", now, period(0, 8)))));
        JsonNode first = station.awaitCall("SetChargingProfile").path("chargingProfile");
        var replaced = api.post(station(id) + "/charging-profiles", Map.of("connectorId", 1, "chargingProfile",
                profile(5, "TxDefaultProfile", "Absolute", schedule("A", now, period(0, 6)))));
        JsonNode second = station.awaitCall("SetChargingProfile").path("chargingProfile");

        assertThat(replaced.text("status")).as(replaced.toString()).isEqualTo("Accepted");
        for (JsonNode sent : List.of(first, second)) {
            assertThat(sent.path("id").asInt()).isEqualTo(5);
            assertThat(sent.path("stackLevel").asInt()).isZero();
            assertThat(sent.path("chargingProfileKind").asText()).isEqualTo("Absolute");
            assertThat(sent.has("recurrencyKind")).isFalse();
            assertThat(firstSchedule(sent).has("startSchedule")).isTrue();
            assertThat(firstSchedule(sent).path("chargingSchedulePeriod")).hasSize(1);
        }
        assertThat(firstSchedule(first).path("chargingSchedulePeriod").get(0).path("limit").asDouble())
                .isEqualTo(8.0);
        assertThat(firstSchedule(second).path("chargingSchedulePeriod").get(0).path("limit").asDouble())
                .isEqualTo(6.0);
        JsonNode held = profilesHeld(id);
        assertThat(held).hasSize(1);
        assertThat(held.get(0).path("chargingProfile").path("chargingSchedule").path("chargingSchedulePeriod")
                .findValuesAsText("limit")).containsExactly("6");
    }

    /** Asks the station for its profiles through the generic endpoint; returns what it was asked. */
    private JsonNode askForProfiles(ScriptedStation station, String id, Map<String, Object> request) {
        station.answer("GetChargingProfiles", Map.of("status", "Accepted"));
        var reply = api.post(station(id) + "/ocpp/GetChargingProfiles", request);
        JsonNode asked = station.awaitCall("GetChargingProfiles");
        assertThat(reply.text("status")).as(reply.toString()).isEqualTo("Accepted");
        return asked;
    }

    /** One part of the station's report: a TxDefaultProfile it holds on the EVSE. */
    private static Map<String, Object> reportPart(int requestId, int evse, String source, int profileId,
                                                  boolean tbc) {
        return Map.of("requestId", requestId, "chargingLimitSource", source, "evseId", evse, "tbc", tbc,
                "chargingProfile", List.of(Map.of("id", profileId, "stackLevel", 1,
                        "chargingProfilePurpose", "TxDefaultProfile", "chargingProfileKind", "Absolute",
                        "chargingSchedule", List.of(wireSchedule(1, "A", period(0, 6))))));
    }

    private JsonNode reported(String id) {
        return api.get(station(id) + "/reported-charging-profiles").body().path("items");
    }

    @Test
    void TC_K_05_CSMS_aProfileTheStationReportedIsClearedByItsIdAlone() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        JsonNode askedReport = askForProfiles(station, id, Map.of("requestId", 51,
                "chargingProfile", Map.of("chargingProfilePurpose", "TxDefaultProfile")));
        var part = station.call("ReportChargingProfiles", reportPart(askedReport.path("requestId").asInt(), 1, "CSO",
                100, false));
        station.answer("ClearChargingProfile", Map.of("status", "Accepted"));

        var cleared = api.delete(station(id) + "/charging-profiles/100");
        JsonNode asked = station.awaitCall("ClearChargingProfile");

        assertThat(part.isError()).isFalse();
        assertThat(reported(id).findValuesAsText("id")).containsExactly("100");
        assertThat(cleared.text("status")).as(cleared.toString()).isEqualTo("Accepted");
        assertThat(asked.path("chargingProfileId").asInt()).isEqualTo(100);
        assertThat(asked.has("chargingProfileCriteria")).isFalse();
    }

    @Test
    void TC_K_06_CSMS_aClearByPurposeEvseAndStackLevelNamesNoIdAndForgetsTheMatchingProfile() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetChargingProfile", Map.of("status", "Accepted"));
        Map<String, Object> kept = profile(2, "TxDefaultProfile", "Absolute",
                schedule("A", Instant.now(), period(0, 16)));
        kept.put("stackLevel", 1);
        api.post(station(id) + "/charging-profiles", Map.of("connectorId", 1, "chargingProfile",
                profile(1, "TxDefaultProfile", "Absolute", schedule("A", Instant.now(), period(0, 16)))));
        station.awaitCall("SetChargingProfile");
        api.post(station(id) + "/charging-profiles", Map.of("connectorId", 1, "chargingProfile", kept));
        station.awaitCall("SetChargingProfile");
        station.answer("ClearChargingProfile", Map.of("status", "Accepted"));

        var cleared = api.post(station(id) + "/charging-profiles/clear", Map.of("connectorId", 1,
                "chargingProfilePurpose", "TxDefaultProfile", "stackLevel", 0));
        JsonNode asked = station.awaitCall("ClearChargingProfile");

        assertThat(cleared.text("status")).as(cleared.toString()).isEqualTo("Accepted");
        assertThat(asked.has("chargingProfileId")).isFalse();
        JsonNode criteria = asked.path("chargingProfileCriteria");
        assertThat(criteria.path("chargingProfilePurpose").asText()).isEqualTo("TxDefaultProfile");
        assertThat(criteria.path("evseId").asInt()).isEqualTo(1);
        assertThat(criteria.path("stackLevel").asInt()).isZero();
        assertThat(profilesHeld(id).findValuesAsText("chargingProfileId")).containsExactly("2");
    }

    @Test
    void TC_K_08_CSMS_aClearTheStationAnswersUnknownIsReportedUnknownAndForgetsNothing() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetChargingProfile", Map.of("status", "Accepted"));
        api.post(station(id) + "/charging-profiles", Map.of("connectorId", 1, "chargingProfile",
                profile(1, "TxDefaultProfile", "Absolute", schedule("A", Instant.now(), period(0, 16)))));
        station.awaitCall("SetChargingProfile");
        station.answer("ClearChargingProfile", Map.of("status", "Unknown"));

        var cleared = api.post(station(id) + "/charging-profiles/clear", Map.of("connectorId", 1,
                "chargingProfilePurpose", "TxDefaultProfile", "stackLevel", 0));
        JsonNode asked = station.awaitCall("ClearChargingProfile");

        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.text("status")).isEqualTo("Unknown");
        assertThat(asked.has("chargingProfileId")).isFalse();
        assertThat(asked.path("chargingProfileCriteria").path("chargingProfilePurpose").asText())
                .isEqualTo("TxDefaultProfile");
        assertThat(asked.path("chargingProfileCriteria").path("evseId").asInt()).isEqualTo(1);
        assertThat(asked.path("chargingProfileCriteria").path("stackLevel").asInt()).isZero();
        assertThat(profilesHeld(id).findValuesAsText("chargingProfileId")).containsExactly("1");
    }

    @Test
    void TC_K_10_CSMS_aTxDefaultProfileForEveryEvseIsSentOnEvse0WithItsValidity() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetChargingProfile", Map.of("status", "Accepted"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        var reply = api.post(station(id) + "/charging-profiles", Map.of("connectorId", 0, "chargingProfile",
                valid(profile(7, "TxDefaultProfile", "Absolute", schedule("W", now, period(0, 6000))), now,
                        now.plusSeconds(7200))));
        JsonNode asked = station.awaitCall("SetChargingProfile");

        assertThat(reply.text("status")).as(reply.toString()).isEqualTo("Accepted");
        assertThat(asked.path("evseId").asInt()).isZero();
        JsonNode sent = asked.path("chargingProfile");
        assertThat(sent.path("chargingProfilePurpose").asText()).isEqualTo("TxDefaultProfile");
        assertThat(sent.path("chargingProfileKind").asText()).isEqualTo("Absolute");
        assertThat(Instant.parse(sent.path("validFrom").asText())).isEqualTo(now);
        assertThat(Instant.parse(sent.path("validTo").asText())).isEqualTo(now.plusSeconds(7200));
        assertThat(Instant.parse(firstSchedule(sent).path("startSchedule").asText())).isEqualTo(now);
        assertThat(firstSchedule(sent).path("chargingRateUnit").asText()).isEqualTo("W");
        assertThat(firstSchedule(sent).path("duration").asInt()).isEqualTo(7200);
        assertThat(firstSchedule(sent).path("chargingSchedulePeriod").get(0).path("limit").asDouble())
                .isEqualTo(6000.0);
        assertThat(profilesHeld(id).get(0).path("connectorId").asInt()).isZero();
    }

    @Test
    void TC_K_15_CSMS_aStationThatDoesNotSupportProfilesAnswersNotSupportedAndNothingIsHeld() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answerWithError("SetChargingProfile", "NotSupported");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        var reply = api.post(station(id) + "/charging-profiles", Map.of("connectorId", 1, "chargingProfile",
                profile(5, "TxDefaultProfile", "Absolute", schedule("A", now, period(0, 6)))));
        JsonNode asked = station.awaitCall("SetChargingProfile");

        assertThat(reply.status()).as("the station's refusal, as for every command").isEqualTo(502);
        assertThat(reply.body().toString()).contains("NotSupported");
        assertThat(asked.path("evseId").asInt()).isEqualTo(1);
        assertThat(asked.path("chargingProfile").path("chargingProfilePurpose").asText()).isEqualTo("TxDefaultProfile");
        assertThat(firstSchedule(asked.path("chargingProfile")).path("chargingSchedulePeriod").get(0)
                .path("startPeriod").asInt()).isZero();
        assertThat(profilesHeld(id)).isEmpty();
    }

    @Test
    void TC_K_19_CSMS_aRecurringProfileCarriesItsRecurrencyKind() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetChargingProfile", Map.of("status", "Accepted"));
        Map<String, Object> daily = profile(8, "TxDefaultProfile", "Recurring", schedule("A",
                Instant.now().truncatedTo(ChronoUnit.DAYS), period(0, 16), period(3600, 6)));
        daily.put("recurrencyKind", "Daily");

        var reply = api.post(station(id) + "/charging-profiles", Map.of("connectorId", 1, "chargingProfile", daily));
        JsonNode sent = station.awaitCall("SetChargingProfile").path("chargingProfile");

        assertThat(reply.text("status")).as(reply.toString()).isEqualTo("Accepted");
        assertThat(sent.path("chargingProfilePurpose").asText()).isEqualTo("TxDefaultProfile");
        assertThat(sent.path("chargingProfileKind").asText()).isEqualTo("Recurring");
        assertThat(sent.path("recurrencyKind").asText()).isEqualTo("Daily");
        assertThat(sent.path("stackLevel").asInt()).isZero();
        assertThat(firstSchedule(sent).path("chargingSchedulePeriod").get(0).path("startPeriod").asInt()).isZero();
        assertThat(profilesHeld(id).get(0).path("chargingProfile").path("recurrencyKind").asText())
                .isEqualTo("Daily");
    }

    @Test
    void TC_K_29_CSMS_theProfilesOnEvse0AreAskedForByPurposeWhileChargingAndTheReportIsKept() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        startTransaction(station, id, 1);

        JsonNode asked = askForProfiles(station, id, Map.of("requestId", 29, "evseId", 0,
                "chargingProfile", Map.of("chargingProfilePurpose", "ChargingStationMaxProfile")));
        var part = station.call("ReportChargingProfiles", reportPart(29, 0, "CSO", 1, false));

        assertThat(asked.path("evseId").asInt()).isZero();
        assertThat(asked.path("chargingProfile").path("chargingProfilePurpose").asText())
                .isEqualTo("ChargingStationMaxProfile");
        assertThat(asked.path("chargingProfile").has("stackLevel")).isFalse();
        assertThat(asked.path("chargingProfile").has("chargingProfileId")).isFalse();
        assertThat(part.isError()).isFalse();
        assertThat(reported(id).get(0).path("evseId").asInt()).isZero();
        var empty = api.post(station(id) + "/ocpp/GetChargingProfiles", Map.of("requestId", 30,
                "chargingProfile", Map.of()));
        assertThat(empty.status()).as("K09.FR.03: a criterion names something").isEqualTo(400);
    }

    @Test
    void TC_K_30_CSMS_theProfilesOfOneEvseAreAskedForAndTheReportIsKept() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        JsonNode asked = askForProfiles(station, id, Map.of("requestId", 30, "evseId", 1,
                "chargingProfile", Map.of("chargingProfilePurpose", "TxDefaultProfile")));
        var part = station.call("ReportChargingProfiles", reportPart(30, 1, "CSO", 1, false));

        assertThat(asked.path("evseId").asInt()).isEqualTo(1);
        assertThat(asked.path("chargingProfile").path("chargingProfilePurpose").asText())
                .isEqualTo("TxDefaultProfile");
        assertThat(asked.path("chargingProfile").has("chargingLimitSource")).isFalse();
        assertThat(part.isError()).isFalse();
        assertThat(reported(id).get(0).path("evseId").asInt()).isEqualTo(1);
    }

    @Test
    void TC_K_31_CSMS_theProfilesOfEveryEvseAreAskedForWithoutEvseIdAndEachPartIsKept() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        JsonNode asked = askForProfiles(station, id, Map.of("requestId", 31,
                "chargingProfile", Map.of("chargingProfilePurpose", "TxDefaultProfile")));
        var first = station.call("ReportChargingProfiles", reportPart(31, 1, "CSO", 1, true));
        var last = station.call("ReportChargingProfiles", reportPart(31, 2, "CSO", 2, false));

        assertThat(asked.has("evseId")).isFalse();
        assertThat(asked.path("requestId").asInt()).isEqualTo(31);
        assertThat(first.isError()).isFalse();
        assertThat(last.isError()).isFalse();
        assertThat(reported(id).findValuesAsText("evseId")).containsExactly("1", "2");
    }

    @Test
    void TC_K_32_CSMS_oneProfileIsAskedForByItsIdAlone() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        JsonNode asked = askForProfiles(station, id, Map.of("requestId", 32,
                "chargingProfile", Map.of("chargingProfileId", List.of(100))));
        var part = station.call("ReportChargingProfiles", reportPart(32, 1, "CSO", 100, false));

        assertThat(asked.has("evseId")).isFalse();
        assertThat(asked.path("requestId").asInt()).isEqualTo(32);
        JsonNode criterion = asked.path("chargingProfile");
        assertThat(criterion.path("chargingProfileId").get(0).asInt()).isEqualTo(100);
        assertThat(criterion.has("chargingProfilePurpose") || criterion.has("stackLevel")
                || criterion.has("chargingLimitSource")).isFalse();
        assertThat(part.isError()).isFalse();
        assertThat(reported(id).findValuesAsText("id")).containsExactly("100");
    }

    @Test
    void TC_K_33_CSMS_theProfilesOfOneEvseAreAskedForByStackLevel() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        JsonNode asked = askForProfiles(station, id, Map.of("requestId", 33, "evseId", 1,
                "chargingProfile", Map.of("stackLevel", 1)));
        var part = station.call("ReportChargingProfiles", reportPart(33, 1, "CSO", 1, false));

        assertThat(asked.path("evseId").asInt()).isEqualTo(1);
        assertThat(asked.path("chargingProfile").path("stackLevel").asInt()).isEqualTo(1);
        assertThat(asked.path("chargingProfile").has("chargingProfilePurpose")).isFalse();
        assertThat(part.isError()).isFalse();
        assertThat(reported(id).get(0).path("stackLevel").asInt()).isEqualTo(1);
    }

    @Test
    void TC_K_34_CSMS_theProfilesOfOneEvseAreAskedForByLimitSource() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        JsonNode asked = askForProfiles(station, id, Map.of("requestId", 34, "evseId", 1,
                "chargingProfile", Map.of("chargingLimitSource", List.of("EMS"))));
        var part = station.call("ReportChargingProfiles", reportPart(34, 1, "EMS", 1, false));

        assertThat(asked.path("evseId").asInt()).isEqualTo(1);
        assertThat(asked.path("chargingProfile").path("chargingLimitSource").get(0).asText()).isEqualTo("EMS");
        assertThat(asked.path("chargingProfile").has("stackLevel")).isFalse();
        assertThat(part.isError()).isFalse();
        assertThat(reported(id).get(0).path("chargingLimitSource").asText()).isEqualTo("EMS");
    }

    @Test
    void TC_K_35_CSMS_theProfilesOfOneEvseAreAskedForByPurpose() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        JsonNode asked = askForProfiles(station, id, Map.of("requestId", 35, "evseId", 1,
                "chargingProfile", Map.of("chargingProfilePurpose", "TxDefaultProfile")));
        var part = station.call("ReportChargingProfiles", reportPart(35, 1, "CSO", 1, false));

        assertThat(asked.path("evseId").asInt()).isEqualTo(1);
        assertThat(asked.path("chargingProfile").path("chargingProfilePurpose").asText())
                .isEqualTo("TxDefaultProfile");
        assertThat(asked.path("chargingProfile").has("stackLevel")).isFalse();
        assertThat(part.isError()).isFalse();
        assertThat(reported(id).get(0).path("chargingProfilePurpose").asText()).isEqualTo("TxDefaultProfile");
    }

    @Test
    void TC_K_36_CSMS_theProfilesOfOneEvseAreAskedForByPurposeAndStackLevel() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        JsonNode asked = askForProfiles(station, id, Map.of("requestId", 36, "evseId", 1,
                "chargingProfile", Map.of("chargingProfilePurpose", "TxDefaultProfile", "stackLevel", 1)));
        var part = station.call("ReportChargingProfiles", reportPart(36, 1, "CSO", 1, false));

        assertThat(asked.path("evseId").asInt()).isEqualTo(1);
        assertThat(asked.path("chargingProfile").path("chargingProfilePurpose").asText())
                .isEqualTo("TxDefaultProfile");
        assertThat(asked.path("chargingProfile").path("stackLevel").asInt()).isEqualTo(1);
        assertThat(asked.path("chargingProfile").has("chargingLimitSource")).isFalse();
        assertThat(part.isError()).isFalse();
        assertThat(reported(id).findValuesAsText("id")).containsExactly("1");
    }

    @Test
    void TC_K_37_CSMS_remoteStartWithAChargingProfileCarriesATxProfileWithoutTransactionIdAndTheSessionIsBooked() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = bootedStation(id);
        station.answer("RequestStartTransaction", Map.of("status", "Accepted"));

        var reply = api.post(station(id) + "/commands/remote-start", Map.of("connectorId", 1, "idToken", card,
                "chargingProfile", profile(7, "TxProfile", "Relative", schedule("A", null, period(0, 6)))));
        JsonNode asked = station.awaitCall("RequestStartTransaction");
        String txId = "TX-" + id;
        var started = station.call("TransactionEvent", Ocpp201CsmsConformanceIT.transactionEvent("Started", 0,
                "RemoteStart", txId, Instant.now(), Map.of("evse", Map.of("id", 1, "connectorId", 1),
                        "idToken", asked.path("idToken"), "transactionInfo", Map.of("transactionId", txId,
                                "remoteStartId", asked.path("remoteStartId").asInt()))));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(asked.path("idToken").path("idToken").asText()).isEqualTo(card);
        assertThat(asked.path("evseId").asInt()).isEqualTo(1);
        JsonNode sent = asked.path("chargingProfile");
        assertThat(sent.path("chargingProfilePurpose").asText()).isEqualTo("TxProfile");
        assertThat(sent.path("chargingProfileKind").asText()).isEqualTo("Relative");
        assertThat(sent.has("transactionId")).isFalse();
        assertThat(firstSchedule(sent).has("startSchedule")).isFalse();
        assertThat(started.isError()).as(String.valueOf(started.errorCode())).isFalse();
        JsonNode booked = api.get("/api/v1/transactions?stationId=" + id).body().path("items");
        assertThat(booked).hasSize(1);
        assertThat(booked.get(0).path("idToken").asText()).isEqualTo(card);
    }

    @Test
    void TC_K_43_CSMS_theCompositeScheduleOfEvse1ShowsTheStationsAnswerBesideThePlatformsOwn() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        station.answer("SetChargingProfile", Map.of("status", "Accepted"));
        api.post(station(id) + "/charging-profiles", Map.of("connectorId", 1, "chargingProfile",
                profile(4, "TxDefaultProfile", "Absolute", schedule("A", start.minusSeconds(60), period(0, 10)))));
        station.awaitCall("SetChargingProfile");
        station.answer("GetCompositeSchedule", Map.of("status", "Accepted", "schedule", Map.of("evseId", 1,
                "duration", 300, "scheduleStart", start.toString(), "chargingRateUnit", "A",
                "chargingSchedulePeriod", List.of(period(0, 10)))));

        var reply = api.post(station(id) + "/composite-schedule",
                Map.of("connectorId", 1, "duration", 300, "chargingRateUnit", "A"));
        JsonNode asked = station.awaitCall("GetCompositeSchedule");

        assertThat(asked.path("evseId").asInt()).isEqualTo(1);
        assertThat(asked.path("duration").asInt()).isEqualTo(300);
        assertThat(asked.path("chargingRateUnit").asText()).isEqualTo("A");
        JsonNode body = reply.body();
        assertThat(body.path("status").asText()).as(body.toString()).isEqualTo("Accepted");
        assertThat(body.path("station").path("chargingSchedule").path("chargingSchedulePeriod")
                .findValuesAsText("limit")).containsExactly("10");
        assertThat(Instant.parse(body.path("platform").path("scheduleStart").asText())).isEqualTo(start);
        assertThat(body.path("platform").path("chargingSchedule").path("chargingSchedulePeriod")
                .findValuesAsText("limit")).containsExactly("10");
    }

    @Test
    void TC_K_44_CSMS_theCompositeScheduleOfTheWholeStationIsAskedOnEvse0() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        station.answer("GetCompositeSchedule", Map.of("status", "Accepted", "schedule", Map.of("evseId", 0,
                "duration", 300, "scheduleStart", start.toString(), "chargingRateUnit", "W",
                "chargingSchedulePeriod", List.of(period(0, 10000)))));

        var reply = api.post(station(id) + "/composite-schedule",
                Map.of("connectorId", 0, "duration", 300, "chargingRateUnit", "W"));
        JsonNode asked = station.awaitCall("GetCompositeSchedule");

        assertThat(asked.path("evseId").asInt()).isZero();
        assertThat(asked.path("duration").asInt()).isEqualTo(300);
        assertThat(asked.path("chargingRateUnit").asText()).isEqualTo("W");
        JsonNode body = reply.body();
        assertThat(body.path("status").asText()).as(body.toString()).isEqualTo("Accepted");
        assertThat(body.path("station").path("chargingSchedule").path("chargingSchedulePeriod")
                .findValuesAsText("limit")).containsExactly("10000");
    }

    @Test
    void TC_K_48_CSMS_anExternalLimitOnTheWholeStationIsAnsweredAndKept() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        var limit = station.call("NotifyChargingLimit", Map.of("chargingLimit",
                Map.of("chargingLimitSource", "EMS")));
        var perEvse = station.call("NotifyChargingLimit", Map.of("evseId", 1, "chargingLimit",
                Map.of("chargingLimitSource", "SO", "isGridCritical", true),
                "chargingSchedule", List.of(wireSchedule(3, "A", period(0, 10)))));

        assertThat(limit.isError()).as(String.valueOf(limit.errorCode())).isFalse();
        assertThat(perEvse.isError()).isFalse();
        JsonNode inForce = api.get(station(id) + "/charging-limits").body().path("items");
        assertThat(inForce.findValuesAsText("chargingLimitSource")).containsExactly("SO", "EMS");
        assertThat(inForce.get(1).path("evseId").asInt()).as("no EVSE is the whole station").isZero();
        assertThat(inForce.get(0).path("isGridCritical").asBoolean()).isTrue();
        assertThat(inForce.get(0).path("chargingSchedule").get(0).path("chargingSchedulePeriod")
                .findValuesAsText("limit")).containsExactly("10");
    }

    @Test
    void TC_K_50_CSMS_aReleasedExternalLimitIsAnsweredAndNoLongerInForce() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.call("NotifyChargingLimit", Map.of("chargingLimit", Map.of("chargingLimitSource", "EMS")));
        station.call("NotifyChargingLimit", Map.of("chargingLimit", Map.of("chargingLimitSource", "SO")));

        var cleared = station.call("ClearedChargingLimit", Map.of("chargingLimitSource", "EMS"));

        assertThat(cleared.isError()).as(String.valueOf(cleared.errorCode())).isFalse();
        JsonNode after = api.get(station(id) + "/charging-limits").body().path("items");
        assertThat(after.findValuesAsText("chargingLimitSource")).containsExactly("SO");
        JsonNode history = api.get(station(id) + "/charging-limits?includeCleared=true").body().path("items");
        assertThat(history.findValuesAsText("active")).containsExactlyInAnyOrder("true", "false");
    }

    @Test
    void TC_K_51_CSMS_aLimitReleasedWhileChargingIsAnsweredAndTheRateChangeIsBooked() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        String txId = startTransaction(station, id, 1);
        station.call("NotifyChargingLimit", Map.of("evseId", 1, "chargingLimit",
                Map.of("chargingLimitSource", "EMS")));

        var cleared = station.call("ClearedChargingLimit", Map.of("chargingLimitSource", "EMS", "evseId", 1));
        var rateChanged = station.call("TransactionEvent", Ocpp201CsmsConformanceIT.transactionEvent("Updated", 1,
                "ChargingRateChanged", txId, Instant.now(), Map.of("transactionInfo",
                        Map.of("transactionId", txId, "chargingState", "Charging"),
                        "evse", Map.of("id", 1, "connectorId", 1))));

        assertThat(cleared.isError()).isFalse();
        assertThat(rateChanged.isError()).as(String.valueOf(rateChanged.errorCode())).isFalse();
        assertThat(api.get(station(id) + "/charging-limits").body().path("items")).isEmpty();
        long transactionId = api.get("/api/v1/transactions?stationId=" + id).body().path("items").get(0)
                .path("id").asLong();
        JsonNode events = api.get("/api/v1/transactions/" + transactionId + "/events").body().path("items");
        assertThat(events.findValuesAsText("triggerReason")).containsExactly("CablePluggedIn", "ChargingRateChanged");
        assertThat(events.get(1).path("chargingState").asText()).isEqualTo("Charging");
    }

    @Test
    void TC_K_52_CSMS_anExternalConstraintsProfileInTheStationsReportIsKept() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.call("NotifyChargingLimit", Map.of("chargingLimit", Map.of("chargingLimitSource", "EMS")));

        askForProfiles(station, id, Map.of("requestId", 52, "chargingProfile",
                Map.of("chargingLimitSource", List.of("EMS"))));
        var part = station.call("ReportChargingProfiles", Map.of("requestId", 52, "chargingLimitSource", "EMS",
                "evseId", 1, "chargingProfile", List.of(Map.of("id", 1, "stackLevel", 0,
                        "chargingProfilePurpose", "ChargingStationExternalConstraints",
                        "chargingProfileKind", "Absolute",
                        "chargingSchedule", List.of(wireSchedule(1, "A", period(0, 16)))))));

        assertThat(part.isError()).as(String.valueOf(part.errorCode())).isFalse();
        JsonNode kept = reported(id).get(0);
        assertThat(kept.path("chargingProfilePurpose").asText()).isEqualTo("ChargingStationExternalConstraints");
        assertThat(kept.path("chargingLimitSource").asText()).isEqualTo("EMS");
        assertThat(kept.path("chargingSchedule").get(0).path("chargingSchedulePeriod").findValuesAsText("limit"))
                .containsExactly("16");
    }

    /** ISO15118SmartCharging: the EV's needs answered with a TxProfile for its transaction; returns it. */
    private JsonNode needsAnsweredWithASchedule(ScriptedStation station, String txId, Map<String, Object> needs) {
        var answered = station.call("NotifyEVChargingNeeds", Map.of("evseId", 1, "maxScheduleTuples", 10,
                "chargingNeeds", needs));
        JsonNode asked = station.awaitCall("SetChargingProfile");
        assertThat(answered.text("status")).as(String.valueOf(answered.errorCode())).isEqualTo("Accepted");
        assertThat(asked.path("evseId").asInt()).isEqualTo(1);
        assertThat(asked.path("chargingProfile").path("chargingProfilePurpose").asText()).isEqualTo("TxProfile");
        assertThat(asked.path("chargingProfile").path("transactionId").asText()).isEqualTo(txId);
        return asked.path("chargingProfile");
    }

    /** The EV's plan as its station passes it on: {@code schedule} as the CSMS sent it, limits times {@code factor}. */
    private ScriptedStation.Answer evPlan(ScriptedStation station, JsonNode profile, int factor) {
        JsonNode schedule = firstSchedule(profile);
        List<Map<String, Object>> periods = new java.util.ArrayList<>();
        for (JsonNode p : schedule.path("chargingSchedulePeriod")) {
            periods.add(Map.of("startPeriod", p.path("startPeriod").asInt(), "limit",
                    p.path("limit").asDouble() * factor));
        }
        return station.call("NotifyEVChargingSchedule", Map.of("evseId", 1, "timeBase", Instant.now().toString(),
                "chargingSchedule", Map.of("id", schedule.path("id").asInt(), "chargingRateUnit",
                        schedule.path("chargingRateUnit").asText(), "chargingSchedulePeriod", periods)));
    }

    private static final Map<String, Object> AC_NEEDS = Map.of("requestedEnergyTransfer", "AC_three_phase");

    @Test
    void TC_K_53_CSMS_anEvsNeedsAreAnsweredWithAScheduleForItsTransactionAndItsPlanWithinItIsAccepted() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetChargingProfile", Map.of("status", "Accepted"));
        api.post(station(id) + "/charging-profiles", Map.of("connectorId", 0, "chargingProfile",
                profile(1, "ChargePointMaxProfile", "Absolute", schedule("A", Instant.now().minusSeconds(60),
                        period(0, 20)))));
        station.awaitCall("SetChargingProfile");
        String txId = startTransaction(station, id, 1);
        long transactionId = api.get("/api/v1/transactions?stationId=" + id).body().path("items").get(0)
                .path("id").asLong();
        Instant departure = Instant.now().plusSeconds(4 * 3600).truncatedTo(ChronoUnit.SECONDS);

        JsonNode given = needsAnsweredWithASchedule(station, txId, Map.of("requestedEnergyTransfer", "AC_three_phase",
                "departureTime", departure.toString(), "acChargingParameters", Map.of("energyAmount", 30000,
                        "evMinCurrent", 6, "evMaxCurrent", 32, "evMaxVoltage", 400)));
        var plan = evPlan(station, given, 1);
        var charging = station.call("TransactionEvent", Ocpp201CsmsConformanceIT.transactionEvent("Updated", 1,
                "ChargingStateChanged", txId, Instant.now(), Map.of("transactionInfo",
                        Map.of("transactionId", txId, "chargingState", "Charging"))));
        var heartbeat = station.call("Heartbeat", Map.of());

        assertThat(firstSchedule(given).path("chargingSchedulePeriod").get(0).path("limit").asDouble())
                .as("the EV takes 32 A, the station allows 20 A").isEqualTo(20.0);
        assertThat(plan.text("status")).isEqualTo("Accepted");
        assertThat(charging.isError()).isFalse();
        assertThat(heartbeat.isError()).isFalse();
        assertThat(station.pendingCalls()).as("no further schedule without cause").isEmpty();
        JsonNode kept = api.get(station(id) + "/ev-charging-needs").body().path("items").get(0);
        assertThat(kept.path("transactionId").asLong()).isEqualTo(transactionId);
        assertThat(Instant.parse(kept.path("departureTime").asText())).isEqualTo(departure);
        assertThat(kept.path("energyAmountWh").asInt()).isEqualTo(30000);
        assertThat(kept.path("evMaxCurrentA").asInt()).isEqualTo(32);
        JsonNode evSchedule = api.get(station(id) + "/ev-charging-schedules").body().path("items").get(0);
        assertThat(evSchedule.path("transactionId").asLong()).isEqualTo(transactionId);
        var held = profilesHeld(id);
        assertThat(held.findValuesAsText("chargingProfilePurpose")).contains("TxProfile");
    }

    @Test
    void TC_K_53_CSMS_needsWithoutATransactionOnTheEvseAreAnsweredProcessingAndNoScheduleIsSent() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        var needs = station.call("NotifyEVChargingNeeds", Map.of("evseId", 1, "chargingNeeds", AC_NEEDS));
        var heartbeat = station.call("Heartbeat", Map.of());

        assertThat(needs.text("status")).as(String.valueOf(needs.errorCode())).isEqualTo("Processing");
        assertThat(heartbeat.isError()).isFalse();
        assertThat(station.pendingCalls()).as("no schedule without a transaction").isEmpty();
        assertThat(api.get(station(id) + "/ev-charging-needs").body().path("items")).hasSize(1);
    }

    @Test
    void TC_K_55_CSMS_anEvPlanAboveItsScheduleIsRejectedAndTheScheduleIsRenegotiated() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetChargingProfile", Map.of("status", "Accepted"));
        String txId = startTransaction(station, id, 1);

        JsonNode given = needsAnsweredWithASchedule(station, txId, AC_NEEDS);
        var exceeding = evPlan(station, given, 2);
        JsonNode again = station.awaitCall("SetChargingProfile");
        var charging = station.call("TransactionEvent", Ocpp201CsmsConformanceIT.transactionEvent("Updated", 1,
                "ChargingStateChanged", txId, Instant.now(), Map.of("transactionInfo",
                        Map.of("transactionId", txId, "chargingState", "Charging"))));
        var within = evPlan(station, again.path("chargingProfile"), 1);

        assertThat(exceeding.text("status")).isEqualTo("Rejected");
        assertThat(again.path("evseId").asInt()).isEqualTo(1);
        assertThat(again.path("chargingProfile").path("chargingProfilePurpose").asText()).isEqualTo("TxProfile");
        assertThat(again.path("chargingProfile").path("transactionId").asText()).isEqualTo(txId);
        assertThat(charging.isError()).isFalse();
        assertThat(within.text("status")).isEqualTo("Accepted");
        assertThat(api.get(station(id) + "/ev-charging-schedules").body().path("items")).hasSize(2);
    }

    @Test
    void TC_K_57_CSMS_newNeedsFromTheEvAreAnsweredWithANewScheduleReplacingTheFirst() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetChargingProfile", Map.of("status", "Accepted"));
        String txId = startTransaction(station, id, 1);
        JsonNode first = needsAnsweredWithASchedule(station, txId, AC_NEEDS);
        evPlan(station, first, 1);

        JsonNode renegotiated = needsAnsweredWithASchedule(station, txId, Map.of("requestedEnergyTransfer",
                "AC_three_phase", "acChargingParameters", Map.of("energyAmount", 10000, "evMinCurrent", 6,
                        "evMaxCurrent", 16, "evMaxVoltage", 400)));
        var plan = evPlan(station, renegotiated, 1);

        assertThat(firstSchedule(renegotiated).path("chargingSchedulePeriod").get(0).path("limit").asDouble())
                .isEqualTo(16.0);
        assertThat(renegotiated.path("id").asInt()).as("the schedule replaces the first").isEqualTo(
                first.path("id").asInt());
        assertThat(plan.text("status")).isEqualTo("Accepted");
        assertThat(profilesHeld(id)).hasSize(1);
    }

    @Test
    void TC_K_58_CSMS_aScheduleTheOperatorSendsDuringChargingRenegotiatesAndTheEvsPlanWithinItIsAccepted() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetChargingProfile", Map.of("status", "Accepted"));
        String txId = startTransaction(station, id, 1);
        JsonNode first = needsAnsweredWithASchedule(station, txId, AC_NEEDS);
        evPlan(station, first, 1);

        var reply = api.post(station(id) + "/charging-profiles", Map.of("connectorId", 1, "chargingProfile",
                profile(first.path("id").asInt(), "TxProfile", "Absolute",
                        schedule("A", Instant.now().truncatedTo(ChronoUnit.SECONDS), period(0, 10)))));
        JsonNode renegotiated = station.awaitCall("SetChargingProfile");
        var plan = evPlan(station, renegotiated.path("chargingProfile"), 1);
        var above = evPlan(station, first, 1);
        JsonNode again = station.awaitCall("SetChargingProfile");

        assertThat(reply.text("status")).as(reply.toString()).isEqualTo("Accepted");
        assertThat(renegotiated.path("evseId").asInt()).isEqualTo(1);
        assertThat(renegotiated.path("chargingProfile").path("chargingProfilePurpose").asText())
                .isEqualTo("TxProfile");
        assertThat(renegotiated.path("chargingProfile").path("transactionId").asText()).isEqualTo(txId);
        assertThat(plan.text("status")).isEqualTo("Accepted");
        assertThat(above.text("status")).as("32 A is above the operator's 10 A").isEqualTo("Rejected");
        assertThat(again.path("chargingProfile").path("transactionId").asText()).isEqualTo(txId);
        assertThat(firstSchedule(again.path("chargingProfile")).path("chargingSchedulePeriod").get(0).path("limit")
                .asDouble()).as("the renegotiation keeps the operator's limit").isEqualTo(10.0);
    }

    @Test
    void TC_K_59_CSMS_needsTheStationSendsAgainAfterARenegotiationAreAnsweredWithANewSchedule() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetChargingProfile", Map.of("status", "Accepted"));
        String txId = startTransaction(station, id, 1);
        JsonNode first = needsAnsweredWithASchedule(station, txId, AC_NEEDS);
        evPlan(station, first, 1);
        api.post(station(id) + "/charging-profiles", Map.of("connectorId", 1, "chargingProfile",
                profile(first.path("id").asInt(), "TxProfile", "Absolute",
                        schedule("A", Instant.now().truncatedTo(ChronoUnit.SECONDS), period(0, 10)))));
        JsonNode operators = station.awaitCall("SetChargingProfile");

        JsonNode resent = needsAnsweredWithASchedule(station, txId, AC_NEEDS);
        var plan = evPlan(station, resent, 1);

        assertThat(operators.path("chargingProfile").path("transactionId").asText()).isEqualTo(txId);
        assertThat(resent.path("transactionId").asText()).isEqualTo(txId);
        assertThat(plan.text("status")).isEqualTo("Accepted");
    }

    @Test
    void TC_K_60_CSMS_aTxProfileNamesTheStationsOwnTransactionIdAndARejectedOneIsNotHeld() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        String txId = startTransaction(station, id, 1);
        station.answer("SetChargingProfile", Map.of("status", "Accepted"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        var reply = api.post(station(id) + "/charging-profiles", Map.of("connectorId", 1, "chargingProfile",
                profile(9, "TxProfile", "Relative", schedule("A", null, period(0, 8)))));
        JsonNode relative = station.awaitCall("SetChargingProfile");
        var absolute = api.post(station(id) + "/charging-profiles", Map.of("connectorId", 1, "chargingProfile",
                profile(9, "TxProfile", "Absolute", schedule("A", now, period(0, 8)))));
        JsonNode absoluteSent = station.awaitCall("SetChargingProfile");
        station.answer("SetChargingProfile", Map.of("status", "Rejected"));
        var rejected = api.post(station(id) + "/charging-profiles", Map.of("connectorId", 1, "chargingProfile",
                profile(10, "TxProfile", "Relative", schedule("A", null, period(0, 6)))));
        station.awaitCall("SetChargingProfile");

        assertThat(reply.text("status")).as(reply.toString()).isEqualTo("Accepted");
        assertThat(absolute.text("status")).isEqualTo("Accepted");
        assertThat(relative.path("evseId").asInt()).isEqualTo(1);
        assertThat(relative.path("chargingProfile").path("transactionId").asText()).isEqualTo(txId);
        assertThat(firstSchedule(relative.path("chargingProfile")).has("startSchedule")).isFalse();
        assertThat(absoluteSent.path("chargingProfile").path("transactionId").asText()).isEqualTo(txId);
        assertThat(firstSchedule(absoluteSent.path("chargingProfile")).has("startSchedule")).isTrue();
        assertThat(firstSchedule(absoluteSent.path("chargingProfile")).path("chargingSchedulePeriod").get(0)
                .path("startPeriod").asInt()).isZero();
        assertThat(rejected.text("status")).isEqualTo("Rejected");
        assertThat(profilesHeld(id).findValuesAsText("chargingProfileId")).containsExactly("9");
    }

    @Test
    void TC_K_70_CSMS_aTxDefaultAndAChargingStationMaxProfileAreSetSideBySideWhileCharging() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        startTransaction(station, id, 1);
        station.answer("SetChargingProfile", Map.of("status", "Accepted"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        api.post(station(id) + "/charging-profiles", Map.of("connectorId", 1, "chargingProfile",
                profile(11, "TxDefaultProfile", "Absolute", schedule("A", now, period(0, 16)))));
        JsonNode txDefault = station.awaitCall("SetChargingProfile").path("chargingProfile");
        api.post(station(id) + "/charging-profiles", Map.of("connectorId", 0, "chargingProfile",
                profile(12, "ChargePointMaxProfile", "Absolute", schedule("A", now, period(0, 32)))));
        JsonNode stationMax = station.awaitCall("SetChargingProfile").path("chargingProfile");

        assertThat(txDefault.path("chargingProfilePurpose").asText()).isEqualTo("TxDefaultProfile");
        assertThat(txDefault.path("chargingProfileKind").asText()).isEqualTo("Absolute");
        assertThat(firstSchedule(txDefault).has("startSchedule")).isTrue();
        assertThat(stationMax.path("id").asInt()).isNotEqualTo(txDefault.path("id").asInt());
        assertThat(stationMax.path("chargingProfilePurpose").asText()).isEqualTo("ChargingStationMaxProfile");
        assertThat(stationMax.path("chargingProfileKind").asText()).isEqualTo("Absolute");
        assertThat(firstSchedule(stationMax).has("startSchedule")).isTrue();
        for (JsonNode sent : List.of(txDefault, stationMax)) {
            assertThat(firstSchedule(sent).path("chargingSchedulePeriod").get(0).path("startPeriod").asInt()).isZero();
        }
        assertThat(profilesHeld(id).findValuesAsText("chargingProfileId")).containsExactlyInAnyOrder("11", "12");
    }

    @Test
    void TC_N_28_CSMS_customerInformationIsAskedAndItsPartsAreCollectedPerRequest() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = bootedStation(id);
        station.answer("CustomerInformation", Map.of("status", "Accepted"));

        var reply = api.post(station(id) + "/ocpp/CustomerInformation", Map.of("requestId", 31, "report", true,
                "clear", false, "idToken", Map.of("idToken", card, "type", "ISO14443")));
        JsonNode asked = station.awaitCall("CustomerInformation");
        Instant at = Instant.now();
        station.call("NotifyCustomerInformation", Map.of("requestId", 31, "seqNo", 0, "tbc", true,
                "generatedAt", at.toString(), "data", "sessions: 2;"));
        JsonNode partial = api.get(station(id) + "/customer-information/31").body();
        station.call("NotifyCustomerInformation", Map.of("requestId", 31, "seqNo", 1,
                "generatedAt", at.toString(), "data", " last seen today"));

        assertThat(reply.text("status")).as(reply.toString()).isEqualTo("Accepted");
        assertThat(asked.path("report").asBoolean()).isTrue();
        assertThat(asked.path("idToken").path("idToken").asText()).isEqualTo(card);
        assertThat(partial.path("complete").asBoolean()).isFalse();
        JsonNode whole = api.get(station(id) + "/customer-information/31").body();
        assertThat(whole.path("complete").asBoolean()).isTrue();
        assertThat(whole.path("data").asText()).isEqualTo("sessions: 2; last seen today");
        assertThat(api.get(station(id) + "/customer-information/32").body().path("parts")).isEmpty();
    }

    @Test
    void TC_N_32_CSMS_andTC_N_62_CSMS_clearingCustomerInformationGoesOutAsAskedAndItsReportIsKept() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = bootedStation(id);
        station.answer("CustomerInformation", Map.of("status", "Accepted"));

        var clearOnly = api.post(station(id) + "/ocpp/CustomerInformation", Map.of("requestId", 40, "report", false,
                "clear", true, "idToken", Map.of("idToken", card, "type", "ISO14443")));
        JsonNode askedClear = station.awaitCall("CustomerInformation");
        // N10: the station reports even when no report was asked for, with no data.
        var emptyPart = station.call("NotifyCustomerInformation", Map.of("requestId", 40, "seqNo", 0,
                "generatedAt", Instant.now().toString(), "data", ""));
        var clearAndReport = api.post(station(id) + "/ocpp/CustomerInformation", Map.of("requestId", 41,
                "report", true, "clear", true, "customerIdentifier", "OpenChargeAlliance"));
        JsonNode askedBoth = station.awaitCall("CustomerInformation");
        var part = station.call("NotifyCustomerInformation", Map.of("requestId", 41, "seqNo", 0,
                "generatedAt", Instant.now().toString(), "data", "cleared: 3 records"));

        assertThat(clearOnly.text("status")).as(clearOnly.toString()).isEqualTo("Accepted");
        assertThat(askedClear.path("report").asBoolean()).isFalse();
        assertThat(askedClear.path("clear").asBoolean()).isTrue();
        assertThat(askedClear.path("idToken").path("idToken").asText()).isEqualTo(card);
        assertThat(askedClear.path("idToken").path("type").asText()).isEqualTo("ISO14443");
        assertThat(emptyPart.isError()).as(emptyPart.toString()).isFalse();
        assertThat(api.get(station(id) + "/customer-information/40").body().path("complete").asBoolean()).isTrue();
        assertThat(clearAndReport.text("status")).isEqualTo("Accepted");
        assertThat(askedBoth.path("report").asBoolean()).isTrue();
        assertThat(askedBoth.path("clear").asBoolean()).isTrue();
        assertThat(askedBoth.path("customerIdentifier").asText()).isEqualTo("OpenChargeAlliance");
        assertThat(askedBoth.has("idToken")).isFalse();
        assertThat(askedBoth.has("customerCertificate")).isFalse();
        assertThat(part.isError()).isFalse();
        assertThat(api.get(station(id) + "/customer-information/41").body().path("data").asText())
                .isEqualTo("cleared: 3 records");
    }

    @Test
    void E_aTransactionsEventsAndSeqNoGapsAreReadableThroughTheApi() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        String txId = startTransaction(station, id, 1);
        Instant now = Instant.now();
        station.call("TransactionEvent", Ocpp201CsmsConformanceIT.transactionEvent("Updated", 3, "MeterValuePeriodic",
                txId, now, Map.of("offline", true, "meterValue", Ocpp201CsmsConformanceIT.register(now, 900,
                        "Sample.Periodic"))));
        long transactionId = api.get("/api/v1/transactions?stationId=" + id).body().path("items").get(0)
                .path("id").asLong();

        JsonNode events = api.get("/api/v1/transactions/" + transactionId + "/events").body();

        assertThat(events.path("stationTransactionId").asText()).isEqualTo(txId);
        assertThat(events.path("items").findValuesAsText("seqNo")).containsExactly("0", "3");
        assertThat(events.path("items").findValuesAsText("eventType")).containsExactly("Started", "Updated");
        assertThat(events.path("items").get(1).path("offline").asBoolean()).isTrue();
        assertThat(events.path("items").get(0).path("meterValues").asInt()).isEqualTo(1);
        assertThat(events.path("missingSeqNos").toString()).isEqualTo("[1,2]");
        assertThat(api.get("/api/v1/transactions/99999999/events").status()).isEqualTo(404);
    }
}
