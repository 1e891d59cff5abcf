package io.gridcharge.app.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The OCPP 1.6 Smart Charging profile of the platform, replayed against an independent station (ocpp-rpc in
 * strict mode: every SetChargingProfile, ClearChargingProfile, GetCompositeSchedule and RemoteStartTransaction
 * we send is checked against the official schemas). Test names carry the OCA CSMS test case they replay.
 */
class SmartChargingConformanceIT {
    @RegisterExtension
    static final PlatformFixture PLATFORM = PlatformFixture.onItsOwnDatabase();

    private final ApiClient api = PLATFORM.admin();

    @RegisterExtension
    final ConformanceStations stations = new ConformanceStations(PLATFORM, api, "SC");

    @Test
    void TC_056_CSMS_centralSmartChargingTxDefaultProfileIsSentAndHeld() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("SetChargingProfile", Map.of("status", "Accepted"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        var reply = api.post(profilesOf(id), Map.of("connectorId", 1, "chargingProfile", profile(1, 0, "TxDefaultProfile",
                "Absolute", schedule("A", now, 3600, period(0, 16), period(1800, 10.5)))));
        JsonNode sent = station.awaitCall("SetChargingProfile");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(sent.path("connectorId").asInt()).isEqualTo(1);
        JsonNode profile = sent.path("csChargingProfiles");
        assertThat(profile.path("chargingProfilePurpose").asText()).isEqualTo("TxDefaultProfile");
        assertThat(profile.has("transactionId")).isFalse();
        assertThat(profile.path("chargingSchedule").path("chargingSchedulePeriod").get(1).path("limit").asDouble())
                .isEqualTo(10.5);
        JsonNode held = api.get(profilesOf(id)).body().path("profiles");
        assertThat(held).hasSize(1);
        assertThat(held.get(0).path("chargingProfile").path("chargingProfileId").asInt()).isEqualTo(1);
    }

    @Test
    void TC_057_CSMS_centralSmartChargingTxProfileNamesTheRunningTransaction() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("SetChargingProfile", Map.of("status", "Accepted"));
        int transactionId = startTransaction(station, card, 1);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> txProfile = new LinkedHashMap<>(profile(2, 0, "TxProfile", "Absolute",
                schedule("W", now, 1800, period(0, 11000))));
        txProfile.put("validFrom", now.toString());
        txProfile.put("validTo", now.plusSeconds(1800).toString());

        var reply = api.post(profilesOf(id), Map.of("connectorId", 1, "chargingProfile", txProfile));
        JsonNode sent = station.awaitCall("SetChargingProfile");

        assertThat(reply.text("status")).as(reply.toString()).isEqualTo("Accepted");
        JsonNode profile = sent.path("csChargingProfiles");
        assertThat(sent.path("connectorId").asInt()).isEqualTo(1);
        assertThat(profile.path("chargingProfilePurpose").asText()).isEqualTo("TxProfile");
        assertThat(profile.path("transactionId").asInt()).isEqualTo(transactionId);
        assertThat(profile.has("recurrencyKind")).isFalse();
        assertThat(profile.path("chargingProfileKind").asText()).isEqualTo("Absolute");
        assertThat(profile.has("validFrom") && profile.has("validTo")).isTrue();
        assertThat(profile.path("chargingSchedule").has("startSchedule")).isTrue();
        assertThat(profile.path("chargingSchedule").has("duration")).isTrue();
    }

    @Test
    void aTxProfileWithoutARunningTransactionIsRefusedBeforeAnythingIsSent() {
        String id = stations.registeredStation();
        stations.bootedStation(id);

        var reply = api.post(profilesOf(id), Map.of("connectorId", 1, "chargingProfile", profile(2, 0, "TxProfile",
                "Relative", schedule("A", null, null, period(0, 16)))));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/stations/" + id + "/journal?action=SetChargingProfile").body().path("total").asInt())
                .isZero();
    }

    @Test
    void TC_059_CSMS_remoteStartTransactionWithChargingProfile() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("RemoteStartTransaction", Map.of("status", "Accepted"));

        var reply = api.post("/api/v1/stations/" + id + "/commands/remote-start", Map.of("connectorId", 1,
                "idToken", card, "chargingProfile", profile(7, 0, "TxProfile", "Relative",
                        schedule("A", null, null, period(0, 16), period(900, 8)))));
        JsonNode asked = station.awaitCall("RemoteStartTransaction");
        int transactionId = startTransaction(station, card, 1);

        assertThat(reply.text("status")).as(reply.toString()).isEqualTo("Accepted");
        JsonNode profile = asked.path("chargingProfile");
        assertThat(profile.path("chargingProfilePurpose").asText()).isEqualTo("TxProfile");
        assertThat(profile.has("transactionId")).as("the transaction has no id yet (OCPP 1.6 §5.11)").isFalse();
        assertThat(profile.path("chargingSchedule").path("chargingSchedulePeriod")).hasSize(2);
        assertThat(api.get(profilesOf(id)).body().path("profiles").findValuesAsText("connectorId")).containsExactly("1");

        station.call("StopTransaction", Map.of("transactionId", transactionId, "meterStop", 100,
                "timestamp", Instant.now().toString()));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(api.get(profilesOf(id)).body().path("profiles")).as("TxProfiles end with their transaction")
                        .isEmpty());
    }

    @Test
    void TC_066_CSMS_getCompositeScheduleShowsTheStationsAnswerBesideThePlatformsExpectation() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("SetChargingProfile", Map.of("status", "Accepted"));
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        api.post(profilesOf(id), Map.of("connectorId", 0, "chargingProfile", profile(3, 0, "TxDefaultProfile",
                "Absolute", schedule("A", start.minusSeconds(60), 7200, period(0, 32), period(3660, 16)))));
        station.awaitCall("SetChargingProfile");
        station.answer("GetCompositeSchedule", Map.of("status", "Accepted", "connectorId", 1,
                "scheduleStart", start.toString(), "chargingSchedule", Map.of("duration", 3600,
                        "chargingRateUnit", "A", "chargingSchedulePeriod", List.of(period(0, 32)))));

        var reply = api.post("/api/v1/stations/" + id + "/composite-schedule",
                Map.of("connectorId", 1, "duration", 7200, "chargingRateUnit", "A"));
        JsonNode asked = station.awaitCall("GetCompositeSchedule");

        assertThat(asked.path("connectorId").asInt()).isEqualTo(1);
        assertThat(asked.path("duration").asInt()).isEqualTo(7200);
        assertThat(asked.path("chargingRateUnit").asText()).isEqualTo("A");
        JsonNode body = reply.body();
        assertThat(body.path("status").asText()).as(body.toString()).isEqualTo("Accepted");
        assertThat(body.path("station").path("chargingSchedule").path("chargingSchedulePeriod").findValuesAsText("limit"))
                .containsExactly("32");
        JsonNode expected = body.path("platform");
        assertThat(Instant.parse(expected.path("scheduleStart").asText())).isEqualTo(start);
        assertThat(expected.path("chargingSchedule").path("chargingSchedulePeriod").findValuesAsText("limit"))
                .as("32 A, 16 A from the profile's second period on, then no profile limits the connector")
                .containsExactly("32", "16");
        assertThat(expected.path("chargingSchedule").path("chargingSchedulePeriod").findValuesAsText("startPeriod"))
                .containsExactly("0", "3600", "7140");
    }

    @Test
    void TC_067_CSMS_clearChargingProfileByIdByCriteriaAndAll() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("SetChargingProfile", Map.of("status", "Accepted"));
        station.answer("ClearChargingProfile", Map.of("status", "Accepted"));
        startTransaction(station, card, 1);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        install(station, id, 0, profile(11, 2, "ChargePointMaxProfile", "Absolute", schedule("W", now, null, period(0, 22000))));
        install(station, id, 1, profile(12, 1, "TxDefaultProfile", "Absolute", schedule("A", now, null, period(0, 16))));
        install(station, id, 1, profile(13, 1, "TxProfile", "Relative", schedule("A", null, null, period(0, 10))));

        var byId = api.delete(profilesOf(id) + "/11");
        JsonNode clearById = station.awaitCall("ClearChargingProfile");
        var byCriteria = api.post(profilesOf(id) + "/clear",
                Map.of("connectorId", 1, "chargingProfilePurpose", "TxProfile", "stackLevel", 1));
        JsonNode clearByCriteria = station.awaitCall("ClearChargingProfile");
        List<String> afterCriteria = api.get(profilesOf(id)).body().path("profiles").findValuesAsText("chargingProfileId");
        var all = api.post(profilesOf(id) + "/clear", Map.of());
        JsonNode clearAll = station.awaitCall("ClearChargingProfile");

        assertThat(List.of(byId, byCriteria, all)).allSatisfy(r -> assertThat(r.text("status")).isEqualTo("Accepted"));
        assertThat(clearById.path("id").asInt()).isEqualTo(11);
        assertThat(clearByCriteria.path("connectorId").asInt()).isEqualTo(1);
        assertThat(clearByCriteria.path("chargingProfilePurpose").asText()).isEqualTo("TxProfile");
        assertThat(clearByCriteria.path("stackLevel").asInt()).isEqualTo(1);
        assertThat(clearAll.size()).as("no criteria: every profile").isZero();
        assertThat(afterCriteria).containsExactly("12");
        assertThat(api.get(profilesOf(id)).body().path("profiles")).isEmpty();
    }

    @Test
    void aProfileTheStationRejectsIsNotHeld() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("SetChargingProfile", Map.of("status", "Rejected"));

        var reply = api.post(profilesOf(id), Map.of("connectorId", 0, "chargingProfile", profile(1, 0,
                "ChargePointMaxProfile", "Recurring", Map.of("chargingRateUnit", "A", "startSchedule",
                        "2026-01-01T22:00:00Z", "duration", 28800, "chargingSchedulePeriod", List.of(period(0, 20))),
                "Daily")));
        station.awaitCall("SetChargingProfile");

        assertThat(reply.text("status")).as(reply.toString()).isEqualTo("Rejected");
        assertThat(api.get(profilesOf(id)).body().path("profiles")).isEmpty();
    }

    private void install(ScriptedStation station, String id, int connectorId, Map<String, Object> profile) {
        var reply = api.post(profilesOf(id), Map.of("connectorId", connectorId, "chargingProfile", profile));
        assertThat(reply.text("status")).as(reply.toString()).isEqualTo("Accepted");
        station.awaitCall("SetChargingProfile");
    }

    private static String profilesOf(String id) {
        return "/api/v1/stations/" + id + "/charging-profiles";
    }

    private static Map<String, Object> profile(int profileId, int stackLevel, String purpose, String kind,
                                               Map<String, Object> schedule, String... recurrency) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("chargingProfileId", profileId);
        profile.put("stackLevel", stackLevel);
        profile.put("chargingProfilePurpose", purpose);
        profile.put("chargingProfileKind", kind);
        if (recurrency.length > 0) {
            profile.put("recurrencyKind", recurrency[0]);
        }
        profile.put("chargingSchedule", schedule);
        return profile;
    }

    @SafeVarargs
    private static Map<String, Object> schedule(String unit, Instant start, Integer duration,
                                                Map<String, Object>... periods) {
        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("chargingRateUnit", unit);
        if (start != null) {
            schedule.put("startSchedule", start.toString());
        }
        if (duration != null) {
            schedule.put("duration", duration);
        }
        schedule.put("chargingSchedulePeriod", List.of(periods));
        return schedule;
    }

    private static Map<String, Object> period(int startPeriod, double limit) {
        return Map.of("startPeriod", startPeriod, "limit", limit);
    }

    private int startTransaction(ScriptedStation station, String card, int connectorId) {
        var started = station.call("StartTransaction", Map.of("connectorId", connectorId, "idTag", card, "meterStart", 0,
                "timestamp", Instant.now().toString()));
        return started.payload().path("transactionId").asInt();
    }
}
