package io.gridcharge.api;

import static io.gridcharge.api.fixtures.StationFixture.aStation;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.api.fixtures.ApiClient;
import io.gridcharge.api.fixtures.ApiResponse;
import io.gridcharge.api.fixtures.ScriptedStationCommands.SentRaw;
import io.gridcharge.api.fixtures.TestPlatform;
import io.gridcharge.domain.command.CommandFailure;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.station.StationId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OcppPassThroughTest {
    private static final StationId CP_1 = StationId.of("CP-1");
    private static final String TRIGGER = "/api/v1/stations/CP-1/ocpp/TriggerMessage";

    private final TestPlatform platform = new TestPlatform();
    private final ApiClient api = platform.admin();

    @BeforeEach
    void aRegisteredStation() {
        platform.given(aStation("CP-1"));
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void theStationsAnswerIsReturnedAsItIs() {
        platform.commands.answerRaw("{\"status\":\"Accepted\",\"vendorSpecific\":[1,2]}");

        ApiResponse response = api.post(TRIGGER, "{\"requestedMessage\": \"Heartbeat\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.body()).isEqualTo("{\"status\":\"Accepted\",\"vendorSpecific\":[1,2]}");
        assertThat(platform.commands.sentRaw())
                .containsExactly(new SentRaw(CP_1, "TriggerMessage", "{\"requestedMessage\":\"Heartbeat\"}"));
    }

    @Test
    void aPayloadTheProtocolRejectsIsABadRequestAndNothingIsSent() {
        platform.commands.throwOnSend(new InvalidInput("requestedMessage", "must be one of BootNotification, Heartbeat"));

        ApiResponse response = api.post(TRIGGER, "{\"requestedMessage\":\"Coffee\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("requestedMessage");
        assertThat(platform.commands.sentRaw()).isEmpty();
    }

    @Test
    void malformedJsonIsABadRequestAndNothingIsSent() {
        ApiResponse response = api.post(TRIGGER, "{\"requestedMessage\":");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("body");
        assertThat(platform.commands.sentRaw()).isEmpty();
    }

    @Test
    void anUnknownStationIsNotFoundAndNothingIsSent() {
        ApiResponse response = api.post("/api/v1/stations/CP-404/ocpp/Reset", "{\"type\":\"Soft\"}");

        assertThat(response.status()).isEqualTo(404);
        assertThat(platform.commands.sentRaw()).isEmpty();
    }

    @Test
    void aStationThatIsNotConnectedIsAConflict() {
        platform.commands.failWith(new CommandFailure.NotConnected(CP_1));

        ApiResponse response = api.post(TRIGGER, "{\"requestedMessage\":\"Heartbeat\"}");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("type").asText()).endsWith("/station-not-connected");
    }

    @Test
    void aStationThatDoesNotAnswerIsAGatewayTimeout() {
        platform.commands.failWith(new CommandFailure.NoAnswer(CP_1, "TriggerMessage"));

        ApiResponse response = api.post(TRIGGER, "{\"requestedMessage\":\"Heartbeat\"}");

        assertThat(response.status()).isEqualTo(504);
        assertThat(response.json().path("type").asText()).endsWith("/station-no-answer");
    }

    @Test
    void aStationsCallErrorIsABadGatewayCarryingItsCode() {
        platform.commands.failWith(new CommandFailure.Refused(CP_1, "TriggerMessage", "NotImplemented",
                "TriggerMessage is not supported"));

        ApiResponse response = api.post(TRIGGER, "{\"requestedMessage\":\"Heartbeat\"}");

        assertThat(response.status()).isEqualTo(502);
        assertThat(response.json().path("errorCode").asText()).isEqualTo("NotImplemented");
        assertThat(response.json().path("errorDescription").asText()).isEqualTo("TriggerMessage is not supported");
    }

    @Test
    void anActionTheProtocolDoesNotKnowIsABadRequest() {
        platform.commands.failWith(new CommandFailure.Unsupported("ocpp1.6 has no action MakeCoffee"));

        ApiResponse response = api.post("/api/v1/stations/CP-1/ocpp/MakeCoffee", "{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("type").asText()).endsWith("/unsupported-action");
        assertThat(response.json().path("detail").asText()).contains("MakeCoffee");
    }

    @Test
    void anEmptyBodySendsAnEmptyPayload() {
        ApiResponse response = api.post("/api/v1/stations/CP-1/ocpp/ClearCache", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(platform.commands.sentRaw()).containsExactly(new SentRaw(CP_1, "ClearCache", "{}"));
    }
}
