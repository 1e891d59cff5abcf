package io.gridcharge.api;

import static io.gridcharge.api.fixtures.StationFixture.aStation;
import static io.gridcharge.api.fixtures.TransactionFixture.aTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.api.fixtures.ApiClient;
import io.gridcharge.api.fixtures.ApiResponse;
import io.gridcharge.api.fixtures.TestPlatform;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.command.CommandFailure;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.energy.ChargingProfilePurpose;
import io.gridcharge.domain.energy.ChargingRateUnit;
import io.gridcharge.domain.energy.ClearCriteria;
import io.gridcharge.domain.energy.CompositePeriod;
import io.gridcharge.domain.energy.CompositeSchedule;
import io.gridcharge.domain.energy.CompositeScheduleResult;
import io.gridcharge.domain.station.StationId;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmartChargingEndpointsTest {
    private static final StationId CP_1 = StationId.of("CP-1");
    private static final String PROFILES = "/api/v1/stations/CP-1/charging-profiles";
    private static final String TX_DEFAULT = """
            {"connectorId": 0, "chargingProfile": {"chargingProfileId": 10, "stackLevel": 1,
              "chargingProfilePurpose": "TxDefaultProfile", "chargingProfileKind": "Absolute",
              "validFrom": "2025-06-01T00:00:00Z", "validTo": "2025-06-02T00:00:00Z",
              "chargingSchedule": {"startSchedule": "2025-06-01T10:00:00Z", "duration": 7200, "chargingRateUnit": "A",
                "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 16.0}, {"startPeriod": 3600, "limit": 6.5,
                  "numberPhases": 1}]}}}""";

    private final TestPlatform platform = new TestPlatform();
    private final ApiClient api = platform.admin();

    @BeforeEach
    void registeredStation() {
        platform.given(aStation("CP-1"));
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void anAcceptedProfileIsSentAsGivenAndListedAsHeld() {
        ApiResponse response = api.post(PROFILES, TX_DEFAULT);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("status").asText()).isEqualTo("Accepted");
        var sent = (StationCommand.SetChargingProfile) platform.commands.sent().getFirst().command();
        assertThat(sent.connectorId()).isZero();
        assertThat(sent.profile().purpose()).isEqualTo(ChargingProfilePurpose.TX_DEFAULT);
        assertThat(sent.profile().schedule().periods().get(1).limit()).isEqualByComparingTo("6.5");
        var held = api.get(PROFILES).json().path("profiles");
        assertThat(held).hasSize(1);
        assertThat(held.get(0).path("connectorId").asInt()).isZero();
        var profile = held.get(0).path("chargingProfile");
        assertThat(profile.path("chargingProfilePurpose").asText()).isEqualTo("TxDefaultProfile");
        assertThat(profile.path("chargingSchedule").path("chargingRateUnit").asText()).isEqualTo("A");
        assertThat(profile.path("chargingSchedule").path("chargingSchedulePeriod").get(1).path("limit").decimalValue())
                .isEqualByComparingTo("6.5");
        assertThat(profile.path("validTo").asText()).isEqualTo("2025-06-02T00:00:00Z");
    }

    @Test
    void aRejectedProfileIsNotHeld() {
        platform.commands.answer(CommandReply.of("Rejected"));

        ApiResponse response = api.post(PROFILES, TX_DEFAULT);

        assertThat(response.json().path("status").asText()).isEqualTo("Rejected");
        assertThat(api.get(PROFILES).json().path("profiles")).isEmpty();
    }

    @Test
    void aProfileThatBreaksTheSpecsRulesIsABadRequestNamingTheFieldAndNothingIsSent() {
        ApiResponse maxOnConnector = api.post(PROFILES, TX_DEFAULT.replace("\"connectorId\": 0", "\"connectorId\": 1")
                .replace("TxDefaultProfile", "ChargePointMaxProfile"));
        ApiResponse badPeriods = api.post(PROFILES, TX_DEFAULT.replace("\"startPeriod\": 3600", "\"startPeriod\": 0"));
        ApiResponse badLimit = api.post(PROFILES, TX_DEFAULT.replace("16.0", "16.05"));
        ApiResponse unknownPurpose = api.post(PROFILES, TX_DEFAULT.replace("TxDefaultProfile", "Default"));
        ApiResponse recurringWithoutKind = api.post(PROFILES, TX_DEFAULT.replace("\"Absolute\"", "\"Recurring\""));

        assertThat(maxOnConnector.errorFields()).containsExactly("connectorId");
        assertThat(badPeriods.errorFields())
                .containsExactly("chargingProfile.chargingSchedule.chargingSchedulePeriod[1].startPeriod");
        assertThat(badLimit.errorFields())
                .containsExactly("chargingProfile.chargingSchedule.chargingSchedulePeriod[0].limit");
        assertThat(unknownPurpose.errorFields()).containsExactly("chargingProfile.chargingProfilePurpose");
        assertThat(recurringWithoutKind.errorFields()).containsExactly("chargingProfile.recurrencyKind");
        assertThat(List.of(maxOnConnector, badPeriods, badLimit, unknownPurpose, recurringWithoutKind))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(400));
        assertThat(platform.commands.sent()).isEmpty();
    }

    @Test
    void aTxProfileGoesToTheRunningTransactionAndWithoutOneIsAConflict() {
        String txProfile = """
                {"connectorId": 1, "chargingProfile": {"chargingProfileId": 3, "stackLevel": 0,
                  "chargingProfilePurpose": "TxProfile", "chargingProfileKind": "Relative",
                  "chargingSchedule": {"chargingRateUnit": "W", "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 7400}]}}}""";
        ApiResponse withoutTransaction = api.post(PROFILES, txProfile);
        Transaction charging = platform.given(aTransaction().at("CP-1", 1));

        ApiResponse response = api.post(PROFILES, txProfile);

        assertThat(withoutTransaction.status()).isEqualTo(409);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("chargingProfile").path("transactionId").asLong()).isEqualTo(charging.id());
        var sent = (StationCommand.SetChargingProfile) platform.commands.sent().getFirst().command();
        assertThat(sent.profile().transactionId()).isEqualTo(charging.id());
    }

    @Test
    void clearingByIdOrByCriteriaSendsThemAndForgetsWhatTheStationCleared() {
        api.post(PROFILES, TX_DEFAULT);

        ApiResponse byId = api.delete(PROFILES + "/10");
        ApiResponse byCriteria = api.post(PROFILES + "/clear",
                "{\"connectorId\": 0, \"chargingProfilePurpose\": \"TxDefaultProfile\", \"stackLevel\": 1}");

        assertThat(byId.json().path("status").asText()).isEqualTo("Accepted");
        assertThat(byCriteria.status()).isEqualTo(200);
        assertThat(platform.commands.sent().stream().map(s -> s.command()).skip(1).toList()).containsExactly(
                new StationCommand.ClearChargingProfile(ClearCriteria.byId(10)),
                new StationCommand.ClearChargingProfile(new ClearCriteria(null, 0, ChargingProfilePurpose.TX_DEFAULT, 1)));
        assertThat(api.get(PROFILES).json().path("profiles")).isEmpty();
    }

    @Test
    void clearingWithABadCriterionIsABadRequest() {
        ApiResponse response = api.post(PROFILES + "/clear", "{\"stackLevel\": -1, \"chargingProfilePurpose\": \"Max\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("chargingProfilePurpose", "stackLevel");
        assertThat(api.delete(PROFILES + "/abc").errorFields()).containsExactly("profileId");
        assertThat(platform.commands.sent()).isEmpty();
    }

    @Test
    void theCompositeScheduleShowsTheStationsAnswerBesideThePlatformsComputation() {
        api.post(PROFILES, TX_DEFAULT);
        var reported = new CompositeSchedule(TestPlatform.NOW, 3600, ChargingRateUnit.AMPERES,
                List.of(new CompositePeriod(0, new BigDecimal("13"), 3)));
        platform.commands.answer(CommandReply.of("Accepted", new CompositeScheduleResult(1, reported)));

        ApiResponse response = api.post("/api/v1/stations/CP-1/composite-schedule",
                "{\"connectorId\": 1, \"duration\": 7200, \"chargingRateUnit\": \"A\"}");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var body = response.json();
        assertThat(body.path("status").asText()).isEqualTo("Accepted");
        assertThat(body.path("station").path("scheduleStart").asText()).isEqualTo("2025-06-01T10:00:00Z");
        assertThat(body.path("station").path("chargingSchedule").path("chargingSchedulePeriod").get(0)
                .path("limit").decimalValue()).isEqualByComparingTo("13");
        var platformPeriods = body.path("platform").path("chargingSchedule").path("chargingSchedulePeriod");
        assertThat(platformPeriods.findValuesAsText("startPeriod")).containsExactly("0", "3600");
        assertThat(platformPeriods.findValuesAsText("limit")).containsExactly("16", "6.5");
        assertThat(platform.commands.sent().getLast().command())
                .isEqualTo(new StationCommand.GetCompositeSchedule(1, 7200, ChargingRateUnit.AMPERES));
    }

    @Test
    void thePlatformsExpectationAloneNeedsNoConnectedStation() {
        api.post(PROFILES, TX_DEFAULT);
        platform.commands.failWith(new CommandFailure.NotConnected(CP_1));

        ApiResponse response = api.get("/api/v1/stations/CP-1/composite-schedule?connectorId=2&duration=7200");
        ApiResponse inWatts = api.get("/api/v1/stations/CP-1/composite-schedule?connectorId=2&duration=600"
                + "&chargingRateUnit=W");
        ApiResponse missing = api.get("/api/v1/stations/CP-1/composite-schedule?connectorId=x");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var schedule = response.json().path("chargingSchedule");
        assertThat(response.json().path("scheduleStart").asText()).isEqualTo("2025-06-01T10:00:00Z");
        assertThat(schedule.path("chargingRateUnit").asText()).isEqualTo("A");
        assertThat(schedule.path("chargingSchedulePeriod").findValuesAsText("limit")).containsExactly("16", "6.5");
        assertThat(inWatts.json().path("chargingSchedule").path("chargingSchedulePeriod").findValuesAsText("limit"))
                .containsExactly("11040");
        assertThat(missing.errorFields()).containsExactlyInAnyOrder("connectorId", "duration");
    }

    @Test
    void aCompositeScheduleRequestOutOfRangeIsABadRequest() {
        ApiResponse response = api.post("/api/v1/stations/CP-1/composite-schedule",
                "{\"connectorId\": -1, \"duration\": 0, \"chargingRateUnit\": \"kW\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("connectorId", "duration", "chargingRateUnit");
    }

    @Test
    void aRemoteStartMayCarryTheTransactionsProfile() {
        ApiResponse response = api.post("/api/v1/stations/CP-1/commands/remote-start", """
                {"connectorId": 1, "idToken": "RFID-1", "chargingProfile": {"chargingProfileId": 4, "stackLevel": 0,
                  "chargingProfilePurpose": "TxProfile", "chargingProfileKind": "Relative",
                  "chargingSchedule": {"chargingRateUnit": "A", "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 10}]}}}""");
        ApiResponse withTxDefault = api.post("/api/v1/stations/CP-1/commands/remote-start", """
                {"idToken": "RFID-1", "chargingProfile": {"chargingProfileId": 4, "stackLevel": 0,
                  "chargingProfilePurpose": "TxDefaultProfile", "chargingProfileKind": "Relative",
                  "chargingSchedule": {"chargingRateUnit": "A", "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 10}]}}}""");

        assertThat(response.status()).isEqualTo(200);
        var sent = (StationCommand.RemoteStart) platform.commands.sent().getFirst().command();
        assertThat(sent.chargingProfile().schedule().periods().getFirst().limit()).isEqualByComparingTo("10");
        assertThat(api.get(PROFILES).json().path("profiles").get(0).path("connectorId").asInt()).isEqualTo(1);
        assertThat(withTxDefault.status()).isEqualTo(400);
        assertThat(withTxDefault.errorFields()).containsExactly("chargingProfile.chargingProfilePurpose");
        assertThat(platform.commands.sent()).hasSize(1);
    }

    @Test
    void aProfileForAStationThatIsNotConnectedIsAConflictAndNothingIsHeld() {
        platform.commands.failWith(new CommandFailure.NotConnected(CP_1));

        ApiResponse response = api.post(PROFILES, TX_DEFAULT);

        assertThat(response.status()).isEqualTo(409);
        assertThat(api.get(PROFILES).json().path("profiles")).isEmpty();
    }

    @Test
    void theProfilesOfAnUnknownStationAreNotFound() {
        assertThat(api.get("/api/v1/stations/CP-9/charging-profiles").status()).isEqualTo(404);
    }
}
