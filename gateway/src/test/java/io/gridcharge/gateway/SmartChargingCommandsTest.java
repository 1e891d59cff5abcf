package io.gridcharge.gateway;

import static io.gridcharge.gateway.testing.GatewayFixture.aGateway;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.energy.ChargingProfile;
import io.gridcharge.domain.energy.ChargingProfileKind;
import io.gridcharge.domain.energy.ChargingProfilePurpose;
import io.gridcharge.domain.energy.ChargingRateUnit;
import io.gridcharge.domain.energy.ChargingSchedule;
import io.gridcharge.domain.energy.ChargingSchedulePeriod;
import io.gridcharge.domain.energy.ClearCriteria;
import io.gridcharge.domain.energy.CompositePeriod;
import io.gridcharge.domain.energy.CompositeScheduleResult;
import io.gridcharge.domain.energy.RecurrencyKind;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.gateway.testing.GatewayFixture;
import io.gridcharge.gateway.testing.TestStation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Smart Charging commands as OCPP 1.6 calls, and the station's answers read back. */
class SmartChargingCommandsTest {
    private static final StationId CP_1 = StationId.of("CP-1");
    private static final Instant MIDNIGHT = Instant.parse("2026-03-01T22:00:00Z");

    private final GatewayFixture gateway = aGateway().withStation("CP-1").withCallTimeout(Duration.ofMillis(500)).start();

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void aRecurringProfileTravelsWithTheSpecsSpellingsTimesAndDecimalLimits() {
        var profile = new ChargingProfile(8, 2, ChargingProfilePurpose.CHARGE_POINT_MAX, ChargingProfileKind.RECURRING,
                RecurrencyKind.DAILY, null, MIDNIGHT.plus(Duration.ofDays(30)), null,
                new ChargingSchedule(MIDNIGHT, 28_800, ChargingRateUnit.WATTS, List.of(
                        new ChargingSchedulePeriod(0, new BigDecimal("11000"), 3),
                        new ChargingSchedulePeriod(3600, new BigDecimal("7360.5"), null)), new BigDecimal("1380")));
        try (TestStation station = gateway.bootedStation("CP-1")
                .answering("SetChargingProfile", p -> "{\"status\":\"Accepted\"}")) {
            CommandReply reply = send(new StationCommand.SetChargingProfile(0, profile));

            assertThat(reply.status()).isEqualTo("Accepted");
            JsonNode sent = station.callsReceived("SetChargingProfile").getFirst().get(3);
            JsonNode wire = sent.get("csChargingProfiles");
            assertThat(sent.get("connectorId").asInt()).isZero();
            assertThat(wire.get("chargingProfilePurpose").asText()).isEqualTo("ChargePointMaxProfile");
            assertThat(wire.get("chargingProfileKind").asText()).isEqualTo("Recurring");
            assertThat(wire.get("recurrencyKind").asText()).isEqualTo("Daily");
            assertThat(wire.get("validTo").asText()).isEqualTo("2026-03-31T22:00:00Z");
            assertThat(wire.has("transactionId")).isFalse();
            JsonNode schedule = wire.get("chargingSchedule");
            assertThat(schedule.get("startSchedule").asText()).isEqualTo("2026-03-01T22:00:00Z");
            assertThat(schedule.get("chargingRateUnit").asText()).isEqualTo("W");
            assertThat(schedule.get("chargingSchedulePeriod").get(1).get("limit").decimalValue())
                    .isEqualByComparingTo("7360.5");
            assertThat(schedule.get("chargingSchedulePeriod").get(0).get("numberPhases").asInt()).isEqualTo(3);
        }
    }

    @Test
    void clearingByCriteriaSendsOnlyTheCriteriaGiven() {
        try (TestStation station = gateway.bootedStation("CP-1")
                .answering("ClearChargingProfile", p -> "{\"status\":\"Unknown\"}")) {
            CommandReply reply = send(new StationCommand.ClearChargingProfile(
                    new ClearCriteria(null, 1, ChargingProfilePurpose.TX_DEFAULT, null)));

            assertThat(reply.status()).isEqualTo("Unknown");
            JsonNode sent = station.callsReceived("ClearChargingProfile").getFirst().get(3);
            assertThat(sent.get("connectorId").asInt()).isEqualTo(1);
            assertThat(sent.get("chargingProfilePurpose").asText()).isEqualTo("TxDefaultProfile");
            assertThat(sent.has("id") || sent.has("stackLevel")).isFalse();
        }
    }

    @Test
    void theCompositeScheduleComesBackAsTheStationReportedIt() {
        try (TestStation station = gateway.bootedStation("CP-1").answering("GetCompositeSchedule", p -> """
                {"status":"Accepted","connectorId":1,"scheduleStart":"2026-03-01T22:00:00Z","chargingSchedule":
                  {"duration":600,"chargingRateUnit":"A","chargingSchedulePeriod":[{"startPeriod":0,"limit":16.0},
                  {"startPeriod":300,"limit":6.5,"numberPhases":1}]}}""")) {
            CommandReply reply = send(new StationCommand.GetCompositeSchedule(1, 600, null));

            assertThat(reply.status()).isEqualTo("Accepted");
            var result = (CompositeScheduleResult) reply.result();
            assertThat(result.connectorId()).isEqualTo(1);
            assertThat(result.schedule().start()).isEqualTo(MIDNIGHT);
            assertThat(result.schedule().unit()).isEqualTo(ChargingRateUnit.AMPERES);
            assertThat(result.schedule().periods()).containsExactly(
                    new CompositePeriod(0, new BigDecimal("16"), null), new CompositePeriod(300, new BigDecimal("6.5"), 1));
            assertThat(station.callsReceived("GetCompositeSchedule").getFirst().get(3).has("chargingRateUnit")).isFalse();
        }
    }

    @Test
    void aRejectedCompositeScheduleComesBackWithoutSchedule() {
        try (TestStation station = gateway.bootedStation("CP-1")
                .answering("GetCompositeSchedule", p -> "{\"status\":\"Rejected\"}")) {
            CommandReply reply = send(new StationCommand.GetCompositeSchedule(9, 600, ChargingRateUnit.WATTS));

            assertThat(reply.status()).isEqualTo("Rejected");
            assertThat(((CompositeScheduleResult) reply.result()).schedule()).isNull();
            assertThat(station.callsReceived("GetCompositeSchedule").getFirst().get(3).get("chargingRateUnit").asText())
                    .isEqualTo("W");
        }
    }

    private CommandReply send(StationCommand command) {
        return gateway.commands.send(CP_1, command).join();
    }
}
