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
 * (ocpp-rpc in strict mode with ocpp2.0.1: every call both ways is checked against the official schemas). Tests
 * carry the OCA CSMS test case id where one was found (TC_N_28, TC_N_32, TC_N_62); the others carry the use
 * case and requirement of OCPP 2.0.1 Part 2 they replay (K01, K05, K08, K09, K10, K12, K13, K15, K17, N02-N07).
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

    @Test
    void K01_aTxDefaultProfileThroughTheTypedApiIsSetChargingProfileOnTheEvseAndHeld() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetChargingProfile", Map.of("status", "Accepted"));
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        var reply = api.post(station(id) + "/charging-profiles", Map.of("connectorId", 1, "chargingProfile",
                profile(5, "TxDefaultProfile", "Absolute", schedule("A", start, period(0, 16), period(1800, 10)))));
        JsonNode asked = station.awaitCall("SetChargingProfile");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("evseId").asInt()).isEqualTo(1);
        JsonNode sent = asked.path("chargingProfile");
        assertThat(sent.path("id").asInt()).isEqualTo(5);
        assertThat(sent.path("chargingProfilePurpose").asText()).isEqualTo("TxDefaultProfile");
        assertThat(sent.path("transactionId").isMissingNode()).isTrue();
        assertThat(sent.path("chargingSchedule").get(0).path("chargingSchedulePeriod").findValuesAsText("limit"))
                .containsExactly("16", "10");
        var held = api.get(station(id) + "/charging-profiles").body().path("profiles");
        assertThat(held.findValuesAsText("chargingProfileId")).containsExactly("5");
    }

    @Test
    void K01_aChargePointMaxProfileIsAChargingStationMaxProfileOnEvse0() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetChargingProfile", Map.of("status", "Accepted"));

        var reply = api.post(station(id) + "/charging-profiles", Map.of("connectorId", 0, "chargingProfile",
                profile(1, "ChargePointMaxProfile", "Absolute", schedule("W", Instant.now(), period(0, 11000)))));
        JsonNode asked = station.awaitCall("SetChargingProfile");

        assertThat(reply.text("status")).as(reply.toString()).isEqualTo("Accepted");
        assertThat(asked.path("evseId").asInt()).isEqualTo(0);
        assertThat(asked.path("chargingProfile").path("chargingProfilePurpose").asText())
                .isEqualTo("ChargingStationMaxProfile");
    }

    @Test
    void K01_FR_03_aTxProfileNamesTheStationsOwnTransactionIdAndARejectedOneIsNotHeld() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        String txId = startTransaction(station, id, 1);
        station.answer("SetChargingProfile", Map.of("status", "Accepted"));

        var reply = api.post(station(id) + "/charging-profiles", Map.of("connectorId", 1, "chargingProfile",
                profile(9, "TxProfile", "Relative", schedule("A", null, period(0, 8)))));
        JsonNode asked = station.awaitCall("SetChargingProfile");
        station.answer("SetChargingProfile", Map.of("status", "Rejected"));
        var rejected = api.post(station(id) + "/charging-profiles", Map.of("connectorId", 1, "chargingProfile",
                profile(10, "TxProfile", "Relative", schedule("A", null, period(0, 6)))));
        station.awaitCall("SetChargingProfile");

        assertThat(reply.text("status")).as(reply.toString()).isEqualTo("Accepted");
        assertThat(asked.path("chargingProfile").path("transactionId").asText()).isEqualTo(txId);
        assertThat(rejected.text("status")).isEqualTo("Rejected");
        var held = api.get(station(id) + "/charging-profiles").body().path("profiles");
        assertThat(held.findValuesAsText("chargingProfileId")).containsExactly("9");
    }

    @Test
    void K01_aTxProfileWithoutATransactionOnTheEvseIsRefused409AndNothingIsSent() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        var refused = api.post(station(id) + "/charging-profiles", Map.of("connectorId", 2, "chargingProfile",
                profile(3, "TxProfile", "Relative", schedule("A", null, period(0, 8)))));
        var heartbeat = station.call("Heartbeat", Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(heartbeat.isError()).as("the station was asked nothing in between").isFalse();
        assertThat(api.get(station(id) + "/charging-profiles").body().path("profiles")).isEmpty();
    }

    @Test
    void K05_remoteStartWithAChargingProfileCarriesTheTxProfileWithoutATransactionId() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = bootedStation(id);
        station.answer("RequestStartTransaction", Map.of("status", "Accepted"));

        var reply = api.post(station(id) + "/commands/remote-start", Map.of("connectorId", 1, "idToken", card,
                "chargingProfile", profile(7, "TxProfile", "Relative", schedule("A", null, period(0, 6)))));
        JsonNode asked = station.awaitCall("RequestStartTransaction");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(asked.path("chargingProfile").path("chargingProfilePurpose").asText()).isEqualTo("TxProfile");
        assertThat(asked.path("chargingProfile").path("chargingProfileKind").asText()).isEqualTo("Relative");
        assertThat(asked.path("chargingProfile").has("transactionId")).isFalse();
    }

    @Test
    void K10_clearChargingProfileByIdAndByCriteria() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetChargingProfile", Map.of("status", "Accepted"));
        for (int profileId = 1; profileId <= 2; profileId++) {
            api.post(station(id) + "/charging-profiles", Map.of("connectorId", profileId, "chargingProfile",
                    profile(profileId, "TxDefaultProfile", "Absolute", schedule("A", Instant.now(), period(0, 16)))));
            station.awaitCall("SetChargingProfile");
        }
        station.answer("ClearChargingProfile", Map.of("status", "Accepted"));

        var byId = api.delete(station(id) + "/charging-profiles/1");
        JsonNode askedById = station.awaitCall("ClearChargingProfile");
        var byCriteria = api.post(station(id) + "/charging-profiles/clear",
                Map.of("connectorId", 2, "chargingProfilePurpose", "TxDefaultProfile"));
        JsonNode askedByCriteria = station.awaitCall("ClearChargingProfile");

        assertThat(byId.text("status")).as(byId.toString()).isEqualTo("Accepted");
        assertThat(askedById.path("chargingProfileId").asInt()).isEqualTo(1);
        assertThat(askedById.has("chargingProfileCriteria")).isFalse();
        assertThat(byCriteria.text("status")).isEqualTo("Accepted");
        assertThat(askedByCriteria.path("chargingProfileCriteria").path("evseId").asInt()).isEqualTo(2);
        assertThat(askedByCriteria.path("chargingProfileCriteria").path("chargingProfilePurpose").asText())
                .isEqualTo("TxDefaultProfile");
        assertThat(api.get(station(id) + "/charging-profiles").body().path("profiles")).isEmpty();
    }

    @Test
    void K08_getCompositeScheduleShowsTheStationsAnswerBesideThePlatformsOwn() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        station.answer("SetChargingProfile", Map.of("status", "Accepted"));
        api.post(station(id) + "/charging-profiles", Map.of("connectorId", 1, "chargingProfile",
                profile(4, "TxDefaultProfile", "Absolute", schedule("A", start.minusSeconds(60), period(0, 20)))));
        station.awaitCall("SetChargingProfile");
        station.answer("GetCompositeSchedule", Map.of("status", "Accepted", "schedule", Map.of("evseId", 1,
                "duration", 3600, "scheduleStart", start.toString(), "chargingRateUnit", "A",
                "chargingSchedulePeriod", List.of(period(0, 20)))));

        var reply = api.post(station(id) + "/composite-schedule",
                Map.of("connectorId", 1, "duration", 3600, "chargingRateUnit", "A"));
        JsonNode asked = station.awaitCall("GetCompositeSchedule");

        assertThat(asked.path("evseId").asInt()).isEqualTo(1);
        assertThat(asked.path("duration").asInt()).isEqualTo(3600);
        assertThat(asked.path("chargingRateUnit").asText()).isEqualTo("A");
        JsonNode body = reply.body();
        assertThat(body.path("status").asText()).as(body.toString()).isEqualTo("Accepted");
        assertThat(body.path("station").path("chargingSchedule").path("chargingSchedulePeriod")
                .findValuesAsText("limit")).containsExactly("20");
        assertThat(Instant.parse(body.path("platform").path("scheduleStart").asText())).isEqualTo(start);
        assertThat(body.path("platform").path("chargingSchedule").path("chargingSchedulePeriod")
                .findValuesAsText("limit")).containsExactly("20");
    }

    @Test
    void K09_theProfilesAStationReportsAreKeptAndReadable() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("GetChargingProfiles", Map.of("status", "Accepted"));

        var reply = api.post(station(id) + "/ocpp/GetChargingProfiles", Map.of("requestId", 77,
                "chargingProfile", Map.of("chargingLimitSource", List.of("CSO", "EMS"))));
        station.awaitCall("GetChargingProfiles");
        var part0 = station.call("ReportChargingProfiles", Map.of("requestId", 77, "chargingLimitSource", "EMS",
                "evseId", 0, "tbc", true, "chargingProfile", List.of(Map.of("id", 100, "stackLevel", 2,
                        "chargingProfilePurpose", "ChargingStationExternalConstraints",
                        "chargingProfileKind", "Absolute", "chargingSchedule",
                        List.of(wireSchedule(1, "W", period(0, 9000), period(900, 4000)))))));
        var part1 = station.call("ReportChargingProfiles", Map.of("requestId", 77, "chargingLimitSource", "CSO",
                "evseId", 1, "chargingProfile", List.of(Map.of("id", 5, "stackLevel", 0,
                        "chargingProfilePurpose", "TxProfile", "chargingProfileKind", "Relative",
                        "transactionId", "TX-ON-STATION",
                        "chargingSchedule", List.of(wireSchedule(5, "A", period(0, 16)))))));

        assertThat(reply.text("status")).as(reply.toString()).isEqualTo("Accepted");
        assertThat(part0.isError()).as(String.valueOf(part0.errorCode())).isFalse();
        assertThat(part1.isError()).isFalse();
        JsonNode reported = api.get(station(id) + "/reported-charging-profiles").body().path("items");
        assertThat(reported.findValuesAsText("id")).containsExactly("100", "5");
        assertThat(reported.get(0).path("chargingLimitSource").asText()).isEqualTo("EMS");
        assertThat(reported.get(0).path("chargingSchedule").get(0).path("chargingSchedulePeriod")
                .findValuesAsText("limit")).containsExactly("9000", "4000");
        assertThat(reported.get(1).path("transactionId").asText()).isEqualTo("TX-ON-STATION");
    }

    @Test
    void K12_K13_anExternalLimitIsKeptPerEvseUntilTheStationSaysItIsCleared() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        var limit = station.call("NotifyChargingLimit", Map.of("evseId", 1, "chargingLimit",
                Map.of("chargingLimitSource", "SO", "isGridCritical", true),
                "chargingSchedule", List.of(wireSchedule(3, "A", period(0, 10)))));
        var stationWide = station.call("NotifyChargingLimit", Map.of("chargingLimit",
                Map.of("chargingLimitSource", "EMS")));
        JsonNode inForce = api.get(station(id) + "/charging-limits").body().path("items");
        var cleared = station.call("ClearedChargingLimit", Map.of("chargingLimitSource", "SO", "evseId", 1));

        assertThat(limit.isError()).isFalse();
        assertThat(stationWide.isError()).isFalse();
        assertThat(cleared.isError()).isFalse();
        assertThat(inForce.findValuesAsText("chargingLimitSource")).containsExactly("EMS", "SO");
        assertThat(inForce.get(1).path("isGridCritical").asBoolean()).isTrue();
        assertThat(inForce.get(1).path("chargingSchedule").get(0).path("chargingSchedulePeriod")
                .findValuesAsText("limit")).containsExactly("10");
        assertThat(inForce.get(0).path("evseId").asInt()).as("no EVSE is the whole station").isZero();
        JsonNode after = api.get(station(id) + "/charging-limits").body().path("items");
        assertThat(after.findValuesAsText("chargingLimitSource")).containsExactly("EMS");
        JsonNode history = api.get(station(id) + "/charging-limits?includeCleared=true").body().path("items");
        assertThat(history.findValuesAsText("active")).containsExactly("true", "false");
    }

    @Test
    void K15_K17_anEvsChargingNeedsAreKeptAgainstItsTransactionAndAnsweredProcessing() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        startTransaction(station, id, 1);
        long transactionId = api.get("/api/v1/transactions?stationId=" + id).body().path("items").get(0)
                .path("id").asLong();
        Instant departure = Instant.now().plusSeconds(4 * 3600).truncatedTo(ChronoUnit.SECONDS);

        var needs = station.call("NotifyEVChargingNeeds", Map.of("evseId", 1, "maxScheduleTuples", 24,
                "chargingNeeds", Map.of("requestedEnergyTransfer", "AC_three_phase",
                        "departureTime", departure.toString(), "acChargingParameters", Map.of("energyAmount", 30000,
                                "evMinCurrent", 6, "evMaxCurrent", 32, "evMaxVoltage", 400))));
        var plan = station.call("NotifyEVChargingSchedule", Map.of("evseId", 1,
                "timeBase", Instant.now().toString(), "chargingSchedule", wireSchedule(1, "A", period(0, 32),
                        period(3600, 16))));

        assertThat(needs.text("status")).as(String.valueOf(needs.errorCode())).isEqualTo("Processing");
        assertThat(plan.text("status")).isEqualTo("Accepted");
        JsonNode kept = api.get(station(id) + "/ev-charging-needs").body().path("items").get(0);
        assertThat(kept.path("transactionId").asLong()).isEqualTo(transactionId);
        assertThat(Instant.parse(kept.path("departureTime").asText())).isEqualTo(departure);
        assertThat(kept.path("energyAmountWh").asInt()).isEqualTo(30000);
        assertThat(kept.path("evMaxCurrentA").asInt()).isEqualTo(32);
        assertThat(kept.path("requestedEnergyTransfer").asText()).isEqualTo("AC_three_phase");
        JsonNode schedule = api.get(station(id) + "/ev-charging-schedules").body().path("items").get(0);
        assertThat(schedule.path("transactionId").asLong()).isEqualTo(transactionId);
        assertThat(schedule.path("chargingSchedule").path("chargingSchedulePeriod").findValuesAsText("limit"))
                .containsExactly("32", "16");
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
        var clearAndReport = api.post(station(id) + "/ocpp/CustomerInformation", Map.of("requestId", 41,
                "report", true, "clear", true, "customerIdentifier", "OpenChargeAlliance"));
        JsonNode askedBoth = station.awaitCall("CustomerInformation");
        var part = station.call("NotifyCustomerInformation", Map.of("requestId", 41, "seqNo", 0,
                "generatedAt", Instant.now().toString(), "data", "cleared: 3 records"));

        assertThat(clearOnly.text("status")).as(clearOnly.toString()).isEqualTo("Accepted");
        assertThat(askedClear.path("report").asBoolean()).isFalse();
        assertThat(askedClear.path("clear").asBoolean()).isTrue();
        assertThat(clearAndReport.text("status")).isEqualTo("Accepted");
        assertThat(askedBoth.path("customerIdentifier").asText()).isEqualTo("OpenChargeAlliance");
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
