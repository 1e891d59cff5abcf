package io.gridcharge.api;

import static io.gridcharge.api.fixtures.StationFixture.aStation;
import static io.gridcharge.api.fixtures.TransactionFixture.aTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.api.fixtures.ApiClient;
import io.gridcharge.api.fixtures.ApiResponse;
import io.gridcharge.api.fixtures.ScriptedStationCommands.Sent;
import io.gridcharge.api.fixtures.TestPlatform;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.command.CommandFailure;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.station.StationId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TypedCommandsTest {
    private static final StationId CP_1 = StationId.of("CP-1");
    private static final String COMMANDS = "/api/v1/stations/CP-1/commands/";

    private final TestPlatform platform = new TestPlatform();
    private final ApiClient api = platform.admin();

    @BeforeEach
    void registeredStations() {
        platform.given(aStation("CP-1"));
        platform.given(aStation("CP-2"));
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void aRemoteStartSendsTheTokenToTheConnector() {
        ApiResponse response = api.post(COMMANDS + "remote-start", "{\"connectorId\":2,\"idToken\":\"RFID-1\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asText()).isEqualTo("Accepted");
        assertThat(response.json().has("configuration")).isFalse();
        assertThat(platform.commands.sent())
                .containsExactly(new Sent(CP_1, new StationCommand.RemoteStart(2, IdToken.of("RFID-1"))));
    }

    @Test
    void aRemoteStartMayLeaveTheConnectorToTheStation() {
        api.post(COMMANDS + "remote-start", "{\"idToken\":\"RFID-1\"}");

        assertThat(platform.commands.sent())
                .containsExactly(new Sent(CP_1, new StationCommand.RemoteStart(null, IdToken.of("RFID-1"))));
    }

    @Test
    void aRemoteStartWithoutTokenIsABadRequestAndNothingIsSent() {
        ApiResponse response = api.post(COMMANDS + "remote-start", "{\"connectorId\":1}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("idToken");
        assertThat(platform.commands.sent()).isEmpty();
    }

    @Test
    void aRemoteStopNamesTheTransactionAsTheStationKnowsIt() {
        Transaction charging = platform.given(aTransaction().at("CP-1", 1).knownByTheStationAs("tx-abc"));

        ApiResponse response = api.post(COMMANDS + "remote-stop", "{\"transactionId\":" + charging.id() + "}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(platform.commands.sent())
                .containsExactly(new Sent(CP_1, new StationCommand.RemoteStop(charging.id(), "tx-abc")));
    }

    @Test
    void aRemoteStopOfAnotherStationsTransactionIsNotFound() {
        Transaction elsewhere = platform.given(aTransaction().at("CP-2", 1));

        ApiResponse response = api.post(COMMANDS + "remote-stop", "{\"transactionId\":" + elsewhere.id() + "}");

        assertThat(response.status()).isEqualTo(404);
        assertThat(platform.commands.sent()).isEmpty();
    }

    @Test
    void aRemoteStopOfAnUnknownTransactionIsNotFound() {
        assertThat(api.post(COMMANDS + "remote-stop", "{\"transactionId\":77}").status()).isEqualTo(404);
        assertThat(platform.commands.sent()).isEmpty();
    }

    @Test
    void aResetSaysHowHard() {
        api.post(COMMANDS + "reset", "{\"type\":\"Hard\"}");

        assertThat(platform.commands.sent())
                .containsExactly(new Sent(CP_1, new StationCommand.Reset(StationCommand.ResetKind.HARD)));
    }

    @Test
    void aResetOfUnknownKindIsABadRequest() {
        ApiResponse response = api.post(COMMANDS + "reset", "{\"type\":\"hard\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("rule").asText()).isEqualTo("must be one of Hard, Soft");
    }

    @Test
    void unlockAvailabilityConfigurationAndCacheReachTheStation() {
        api.post(COMMANDS + "unlock", "{\"connectorId\":1}");
        api.post(COMMANDS + "change-availability", "{\"connectorId\":0,\"operative\":false}");
        api.post(COMMANDS + "change-configuration", "{\"key\":\"HeartbeatInterval\",\"value\":\"300\"}");
        api.post(COMMANDS + "clear-cache", null);

        assertThat(platform.commands.sent()).extracting(Sent::command).containsExactly(
                new StationCommand.UnlockConnector(1),
                new StationCommand.ChangeAvailability(0, false),
                new StationCommand.ChangeConfiguration("HeartbeatInterval", "300"),
                new StationCommand.ClearCache());
    }

    @Test
    void missingCommandFieldsAreNamed() {
        ApiResponse availability = api.post(COMMANDS + "change-availability", "{}");
        ApiResponse unlock = api.post(COMMANDS + "unlock", "{\"connectorId\":0}");
        ApiResponse configuration = api.post(COMMANDS + "change-configuration", "{\"value\":\"1\"}");

        assertThat(availability.errorFields()).containsExactlyInAnyOrder("connectorId", "operative");
        assertThat(unlock.errorFields()).containsExactly("connectorId");
        assertThat(configuration.errorFields()).containsExactly("key");
        assertThat(platform.commands.sent()).isEmpty();
    }

    @Test
    void aConnectorGivenAsTextIsAWrongType() {
        ApiResponse response = api.post(COMMANDS + "unlock", "{\"connectorId\":\"1\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("rule").asText()).isEqualTo("must be an integer");
    }

    @Test
    void getConfigurationAnswersTheValuesAndTheUnknownKeys() {
        platform.commands.answer(new CommandReply("Accepted",
                List.of(new CommandReply.ConfigurationValue("HeartbeatInterval", false, "300")), List.of("Colour")));

        JsonNode reply = api.post(COMMANDS + "get-configuration", "{\"keys\":[\"HeartbeatInterval\",\"Colour\"]}")
                .json();

        assertThat(reply.path("configuration").get(0).path("key").asText()).isEqualTo("HeartbeatInterval");
        assertThat(reply.path("configuration").get(0).path("readonly").asBoolean()).isFalse();
        assertThat(reply.path("configuration").get(0).path("value").asText()).isEqualTo("300");
        assertThat(reply.path("unknownKeys").get(0).asText()).isEqualTo("Colour");
        assertThat(platform.commands.sent()).containsExactly(new Sent(CP_1,
                new StationCommand.GetConfiguration(List.of("HeartbeatInterval", "Colour"))));
    }

    @Test
    void aBlankConfigurationKeyIsNamedByItsPosition() {
        ApiResponse response = api.post(COMMANDS + "get-configuration", "{\"keys\":[\"A\",\" \",null]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("keys[1]", "keys[2]");
    }

    @Test
    void typedCommandsFailLikeThePassThrough() {
        platform.commands.failWith(new CommandFailure.NoAnswer(CP_1, "Reset"));
        assertThat(api.post(COMMANDS + "reset", "{\"type\":\"Soft\"}").status()).isEqualTo(504);

        platform.commands.failWith(new CommandFailure.NotConnected(CP_1));
        assertThat(api.post(COMMANDS + "reset", "{\"type\":\"Soft\"}").status()).isEqualTo(409);

        platform.commands.failWith(new CommandFailure.Refused(CP_1, "Reset", "InternalError", null));
        ApiResponse refused = api.post(COMMANDS + "reset", "{\"type\":\"Soft\"}");
        assertThat(refused.status()).isEqualTo(502);
        assertThat(refused.json().path("errorCode").asText()).isEqualTo("InternalError");
    }

    @Test
    void requestsWaitForTheStationOnVirtualThreads() {
        api.post(COMMANDS + "clear-cache", null);

        assertThat(platform.commands.lastCaller().isVirtual()).isTrue();
    }

    @Test
    void aCommandToAnUnknownStationIsNotFound() {
        ApiResponse response = api.post("/api/v1/stations/CP-404/commands/clear-cache", "{}");

        assertThat(response.status()).isEqualTo(404);
        assertThat(platform.commands.sent()).isEmpty();
    }
}
