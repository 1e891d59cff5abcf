package io.gridcharge.api;

import static io.gridcharge.api.fixtures.StationFixture.aStation;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.api.fixtures.ApiClient;
import io.gridcharge.api.fixtures.ApiResponse;
import io.gridcharge.api.fixtures.ScriptedStationCommands.Sent;
import io.gridcharge.api.fixtures.TestPlatform;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.command.CommandFailure;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.station.StationId;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReservationEndpointsTest {
    private static final StationId CP_1 = StationId.of("CP-1");
    private static final String IN_AN_HOUR = TestPlatform.NOW.plus(Duration.ofHours(1)).toString();

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
    void aReservationTheStationAcceptsIsCreatedActiveWithThePlatformsId() {
        ApiResponse made = reserve("CP-1", 1, "DRIVER-1");

        assertThat(made.status()).isEqualTo(201);
        int id = made.json().path("id").asInt();
        assertThat(made.header("Location")).isEqualTo("/api/v1/reservations/" + id);
        assertThat(made.json().path("status").asText()).isEqualTo("Active");
        assertThat(made.json().path("stationAnswer").asText()).isEqualTo("Accepted");
        assertThat(platform.commands.sent()).containsExactly(new Sent(CP_1, new StationCommand.ReserveNow(id, 1,
                IdToken.of("DRIVER-1"), null, TestPlatform.NOW.plus(Duration.ofHours(1)))));
        assertThat(api.get("/api/v1/reservations/" + id).json().path("connectorId").asInt()).isEqualTo(1);
    }

    @Test
    void anOccupiedAnswerIsKeptAsARejectedReservation() {
        platform.commands.answer(CommandReply.of("Occupied"));

        ApiResponse made = reserve("CP-1", 0, "DRIVER-1");

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.json().path("status").asText()).isEqualTo("Rejected");
        assertThat(made.json().path("stationAnswer").asText()).isEqualTo("Occupied");
        assertThat(api.get("/api/v1/stations/CP-1/reservations?status=Active").json().path("total").asInt()).isZero();
    }

    @Test
    void aStationThatIsNotConnectedIsAConflictAndNothingIsKept() {
        platform.commands.failWith(new CommandFailure.NotConnected(CP_1));

        ApiResponse made = reserve("CP-1", 1, "DRIVER-1");

        assertThat(made.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/reservations").json().path("total").asInt()).isZero();
    }

    @Test
    void aRequestWithoutExpiryOrWithATooLongTokenNamesEachFieldAndSendsNothing() {
        ApiResponse invalid = api.post("/api/v1/stations/CP-1/reservations",
                "{\"connectorId\":-1,\"idToken\":\"ABCDEFGHIJKLMNOPQRSTUVWXYZ\"}");
        ApiResponse past = api.post("/api/v1/stations/CP-1/reservations",
                "{\"connectorId\":1,\"idToken\":\"A\",\"expiresAt\":\"2020-01-01T00:00:00Z\"}");

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errorFields()).containsExactlyInAnyOrder("connectorId", "idToken", "expiresAt");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.errorFields()).containsExactly("expiresAt");
        assertThat(platform.commands.sent()).isEmpty();
    }

    @Test
    void reservationsAreListedPerStationAndAltogetherNewestFirst() {
        int first = reserve("CP-1", 1, "DRIVER-1").json().path("id").asInt();
        int second = reserve("CP-2", 1, "DRIVER-2").json().path("id").asInt();

        assertThat(api.get("/api/v1/stations/CP-1/reservations").json().path("items").findValuesAsText("id"))
                .containsExactly(String.valueOf(first));
        assertThat(api.get("/api/v1/reservations").json().path("items").findValuesAsText("id"))
                .containsExactly(String.valueOf(second), String.valueOf(first));
        assertThat(api.get("/api/v1/stations/CP-9/reservations").status()).isEqualTo(404);
    }

    @Test
    void aReservationPastItsExpiryIsShownExpiredAndCannotBeCancelled() {
        int id = reserve("CP-1", 1, "DRIVER-1").json().path("id").asInt();
        platform.clock.advance(Duration.ofHours(2));

        assertThat(api.get("/api/v1/reservations/" + id).json().path("status").asText()).isEqualTo("Expired");
        assertThat(api.get("/api/v1/reservations?status=Expired").json().path("total").asInt()).isEqualTo(1);
        assertThat(api.delete("/api/v1/reservations/" + id).status()).isEqualTo(409);
    }

    @Test
    void cancellingSendsCancelReservationAndAnswersTheStationsWord() {
        int id = reserve("CP-1", 1, "DRIVER-1").json().path("id").asInt();

        ApiResponse cancelled = api.delete("/api/v1/reservations/" + id);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asText()).isEqualTo("Accepted");
        assertThat(cancelled.json().path("reservation").path("status").asText()).isEqualTo("Cancelled");
        assertThat(platform.commands.sent().getLast())
                .isEqualTo(new Sent(CP_1, new StationCommand.CancelReservation(id)));
        assertThat(api.delete("/api/v1/reservations/77777").status()).isEqualTo(404);
    }

    @Test
    void everyMessageTriggerCanBeAskedForAndTheStationsAnswerIsReturned() {
        platform.commands.answer(CommandReply.of("NotImplemented"));
        String[] messages = {"BootNotification", "DiagnosticsStatusNotification", "FirmwareStatusNotification",
                "Heartbeat", "MeterValues", "StatusNotification"};

        for (String message : messages) {
            ApiResponse reply = api.post("/api/v1/stations/CP-1/commands/trigger-message",
                    "{\"requestedMessage\":\"" + message + "\",\"connectorId\":1}");
            assertThat(reply.status()).as(message).isEqualTo(200);
            assertThat(reply.json().path("status").asText()).isEqualTo("NotImplemented");
        }
        assertThat(platform.commands.sent()).hasSize(messages.length);
        assertThat(platform.commands.sent().getFirst().command()).isEqualTo(
                new StationCommand.TriggerMessage(StationCommand.TriggeredMessage.BOOT_NOTIFICATION, 1));
    }

    @Test
    void anUnknownTriggerIsABadRequestNamingTheField() {
        ApiResponse reply = api.post("/api/v1/stations/CP-1/commands/trigger-message",
                "{\"requestedMessage\":\"LogStatusNotification\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("requestedMessage");
        assertThat(platform.commands.sent()).isEmpty();
    }

    private ApiResponse reserve(String station, int connectorId, String idToken) {
        return api.post("/api/v1/stations/" + station + "/reservations", "{\"connectorId\":" + connectorId
                + ",\"idToken\":\"" + idToken + "\",\"expiresAt\":\"" + IN_AN_HOUR + "\"}");
    }
}
