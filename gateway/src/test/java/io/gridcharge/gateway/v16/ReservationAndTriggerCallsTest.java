package io.gridcharge.gateway.v16;

import static io.gridcharge.gateway.testing.GatewayFixture.aGateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.gateway.testing.GatewayFixture;
import io.gridcharge.gateway.testing.TestStation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ReserveNow, CancelReservation and TriggerMessage as the OCPP 1.6 calls a station receives (§5.13, §5.2, §5.17). */
class ReservationAndTriggerCallsTest {
    private static final StationId CP_1 = StationId.of("CP-1");
    private static final Instant EXPIRY = Instant.parse("2030-01-01T12:30:00Z");

    private final GatewayFixture gateway = aGateway().withStation("CP-1").withCallTimeout(Duration.ofSeconds(2)).start();

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void reserveNowCarriesThePlatformsReservationIdAndLeavesOutAnAbsentParentIdTag() {
        try (TestStation station = gateway.bootedStation("CP-1")
                .answering("ReserveNow", p -> "{\"status\":\"Occupied\"}")) {
            CommandReply reply = send(new StationCommand.ReserveNow(42, 0, IdToken.of("DRIVER-1"), null, EXPIRY));

            assertThat(reply.status()).isEqualTo("Occupied");
            JsonNode asked = station.callsReceived("ReserveNow").getFirst().get(3);
            assertThat(asked.get("reservationId").asInt()).isEqualTo(42);
            assertThat(asked.get("connectorId").asInt()).isZero();
            assertThat(asked.get("idTag").asText()).isEqualTo("DRIVER-1");
            assertThat(Instant.parse(asked.get("expiryDate").asText())).isEqualTo(EXPIRY);
            assertThat(asked.has("parentIdTag")).isFalse();
        }
    }

    @Test
    void aParentIdTagTravelsWithTheReservation() {
        try (TestStation station = gateway.bootedStation("CP-1")
                .answering("ReserveNow", p -> "{\"status\":\"Accepted\"}")) {
            send(new StationCommand.ReserveNow(7, 1, IdToken.of("DRIVER-1"), IdToken.of("FLEET"), EXPIRY));

            assertThat(station.callsReceived("ReserveNow").getFirst().get(3).get("parentIdTag").asText())
                    .isEqualTo("FLEET");
        }
    }

    @Test
    void aTokenLongerThanOcpp16AllowsIsRefusedBeforeAnythingIsSent() {
        try (TestStation station = gateway.bootedStation("CP-1")) {
            StationCommand tooLong = new StationCommand.ReserveNow(8, 1, IdToken.of("A-TOKEN-OF-21-LETTERS"), null,
                    EXPIRY);

            assertThatThrownBy(() -> gateway.commands.send(CP_1, tooLong)).isInstanceOf(InvalidInput.class);
            assertThat(station.callsReceived("ReserveNow")).isEmpty();
        }
    }

    @Test
    void cancelReservationNamesTheReservationAndReturnsTheStationsWord() {
        try (TestStation station = gateway.bootedStation("CP-1")
                .answering("CancelReservation", p -> "{\"status\":\"Rejected\"}")) {
            CommandReply reply = send(new StationCommand.CancelReservation(42));

            assertThat(reply.status()).isEqualTo("Rejected");
            assertThat(station.callsReceived("CancelReservation").getFirst().get(3).get("reservationId").asInt())
                    .isEqualTo(42);
        }
    }

    @Test
    void triggerMessageSpellsEveryMessageAsOcpp16AndLeavesOutAnAbsentConnector() {
        try (TestStation station = gateway.bootedStation("CP-1")
                .answering("TriggerMessage", p -> "{\"status\":\"NotImplemented\"}")) {
            for (StationCommand.TriggeredMessage message : StationCommand.TriggeredMessage.values()) {
                assertThat(send(new StationCommand.TriggerMessage(message, null)).status()).isEqualTo("NotImplemented");
            }
            send(new StationCommand.TriggerMessage(StationCommand.TriggeredMessage.METER_VALUES, 2));

            var calls = station.callsReceived("TriggerMessage");
            assertThat(calls.stream().map(call -> call.get(3).get("requestedMessage").asText()).distinct())
                    .containsExactly("BootNotification", "DiagnosticsStatusNotification", "FirmwareStatusNotification",
                            "Heartbeat", "MeterValues", "StatusNotification");
            assertThat(calls.getFirst().get(3).has("connectorId")).isFalse();
            assertThat(calls.getLast().get(3).get("connectorId").asInt()).isEqualTo(2);
        }
    }

    private CommandReply send(StationCommand command) {
        return gateway.commands.send(CP_1, command).join();
    }
}
