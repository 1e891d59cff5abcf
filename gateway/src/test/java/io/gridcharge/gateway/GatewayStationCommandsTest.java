package io.gridcharge.gateway;

import static io.gridcharge.gateway.testing.GatewayFixture.aGateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.command.CommandFailure;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.journal.JournalEntry;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.gateway.testing.GatewayFixture;
import io.gridcharge.gateway.testing.TestStation;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GatewayStationCommandsTest {
    private static final StationId CP_1 = StationId.of("CP-1");

    private final GatewayFixture gateway = aGateway()
            .withStation("CP-1")
            .withCallTimeout(Duration.ofMillis(500))
            .start();

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void TC_010_CSMS_RemoteStartChargingSession() {
        try (TestStation station = gateway.bootedStation("CP-1")
                .answering("RemoteStartTransaction", payload -> "{\"status\":\"Accepted\"}")) {
            CommandReply reply = gateway.commands.send(CP_1,
                    new StationCommand.RemoteStart(1, IdToken.of("TAG-1"))).join();

            assertThat(reply.status()).isEqualTo("Accepted");
            assertThat(station.callsReceived("RemoteStartTransaction")).singleElement().satisfies(call -> {
                assertThat(call.get(3).get("connectorId").asInt()).isEqualTo(1);
                assertThat(call.get(3).get("idTag").asText()).isEqualTo("TAG-1");
            });
        }
    }

    @Test
    void eachCommandTravelsAsItsOcpp16CallAndTheStatusComesBackAsTheStationSaidIt() {
        try (TestStation station = gateway.bootedStation("CP-1")
                .answering("RemoteStopTransaction", p -> "{\"status\":\"Rejected\"}")
                .answering("Reset", p -> "{\"status\":\"Accepted\"}")
                .answering("UnlockConnector", p -> "{\"status\":\"UnlockFailed\"}")
                .answering("ChangeAvailability", p -> "{\"status\":\"Scheduled\"}")
                .answering("ChangeConfiguration", p -> "{\"status\":\"RebootRequired\"}")
                .answering("ClearCache", p -> "{\"status\":\"Accepted\"}")) {
            assertThat(send(new StationCommand.RemoteStop(7, null)).status()).isEqualTo("Rejected");
            assertThat(send(new StationCommand.Reset(StationCommand.ResetKind.SOFT)).status()).isEqualTo("Accepted");
            assertThat(send(new StationCommand.UnlockConnector(2)).status()).isEqualTo("UnlockFailed");
            assertThat(send(new StationCommand.ChangeAvailability(0, false)).status()).isEqualTo("Scheduled");
            assertThat(send(new StationCommand.ChangeConfiguration("HeartbeatInterval", "60")).status())
                    .isEqualTo("RebootRequired");
            assertThat(send(new StationCommand.ClearCache()).status()).isEqualTo("Accepted");

            assertThat(station.callsReceived("RemoteStopTransaction").getFirst().get(3).get("transactionId").asInt())
                    .isEqualTo(7);
            assertThat(station.callsReceived("Reset").getFirst().get(3).get("type").asText()).isEqualTo("Soft");
            assertThat(station.callsReceived("ChangeAvailability").getFirst().get(3).get("type").asText())
                    .isEqualTo("Inoperative");
        }
    }

    @Test
    void getConfigurationReportsTheKeysAndTheUnknownOnes() {
        try (TestStation station = gateway.bootedStation("CP-1").answering("GetConfiguration", p ->
                "{\"configurationKey\":[{\"key\":\"HeartbeatInterval\",\"readonly\":false,\"value\":\"300\"}],"
                        + "\"unknownKey\":[\"Colour\"]}")) {
            CommandReply reply = send(new StationCommand.GetConfiguration(List.of("HeartbeatInterval", "Colour")));

            assertThat(reply.configuration()).containsExactly(
                    new CommandReply.ConfigurationValue("HeartbeatInterval", false, "300"));
            assertThat(reply.unknownKeys()).containsExactly("Colour");
            assertThat(station.callsReceived("GetConfiguration").getFirst().get(3).get("key"))
                    .hasSize(2);
        }
    }

    @Test
    void aStationThatNeverAnswersGivesNoAnswer() {
        try (TestStation station = gateway.bootedStation("CP-1")) {
            CompletableFuture<CommandReply> reply = gateway.commands.send(CP_1,
                    new StationCommand.Reset(StationCommand.ResetKind.HARD));

            assertThatThrownBy(reply::join).isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(CommandFailure.NoAnswer.class);
            assertThat(station.callsReceived("Reset")).hasSize(1);
        }
    }

    @Test
    void aCallErrorFromTheStationIsARefusalWithItsWireErrorCode() {
        try (TestStation station = gateway.bootedStation("CP-1")
                .refusing("UnlockConnector", "NotSupported", "no lock on this model")) {
            Throwable failure = catchFailure(gateway.commands.send(CP_1, new StationCommand.UnlockConnector(1)));

            assertThat(failure).isInstanceOfSatisfying(CommandFailure.Refused.class, refused -> {
                assertThat(refused.errorCode()).isEqualTo("NotSupported");
                assertThat(refused.description()).isEqualTo("no lock on this model");
            });
            assertThat(station.callsReceived("UnlockConnector")).hasSize(1);
        }
    }

    @Test
    void aStationThatIsNotConnectedCannotBeCommanded() {
        assertThat(catchFailure(gateway.commands.send(StationId.of("CP-2"), new StationCommand.ClearCache())))
                .isInstanceOf(CommandFailure.NotConnected.class);
    }

    @Test
    void aCommandThatOcpp16CannotSayFailsAtOnceAndSendsNothing() {
        try (TestStation station = gateway.bootedStation("CP-1")) {
            // 1.6 idTags are at most 20 characters; the platform's tokens may be 36.
            assertThatThrownBy(() -> gateway.commands.send(CP_1,
                    new StationCommand.RemoteStart(1, IdToken.of("A-TOKEN-LONGER-THAN-TWENTY"))))
                    .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("idTag"));
            assertThat(station.callsReceived("RemoteStartTransaction")).isEmpty();
        }
    }

    @Test
    void aRawCallIsValidatedSentAndAnsweredAsJson() {
        try (TestStation station = gateway.bootedStation("CP-1")
                .answering("TriggerMessage", p -> "{\"status\":\"Accepted\"}")) {
            String reply = gateway.commands.sendRaw(CP_1, "TriggerMessage",
                    "{\"requestedMessage\":\"StatusNotification\",\"connectorId\":1}").join();

            assertThat(reply).isEqualTo("{\"status\":\"Accepted\"}");
            assertThat(station.callsReceived("TriggerMessage")).hasSize(1);
        }
    }

    @Test
    void aRawPayloadThatBreaksTheSchemaNamesTheFieldAndSendsNothing() {
        try (TestStation station = gateway.bootedStation("CP-1")) {
            assertThatThrownBy(() -> gateway.commands.sendRaw(CP_1, "ChangeConfiguration", "{\"key\":\"A\"}"))
                    .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("value"));
            assertThatThrownBy(() -> gateway.commands.sendRaw(CP_1, "ChangeConfiguration", "{\"key\":"))
                    .isInstanceOfSatisfying(InvalidInput.class,
                            invalid -> assertThat(invalid.field()).isEqualTo("payload"));
            assertThat(station.callsReceived("ChangeConfiguration")).isEmpty();
        }
    }

    @Test
    void aRawCallOfAnActionStationsSendOrOfNoActionAtAllIsUnsupported() {
        try (TestStation station = gateway.bootedStation("CP-1")) {
            assertThat(catchFailure(gateway.commands.sendRaw(CP_1, "BootNotification", "{}")))
                    .isInstanceOf(CommandFailure.Unsupported.class);
            assertThat(catchFailure(gateway.commands.sendRaw(CP_1, "SelfDestruct", "{}")))
                    .isInstanceOf(CommandFailure.Unsupported.class);
            assertThat(station.callsReceived("BootNotification")).isEmpty();
        }
    }

    @Test
    void theJournalHoldsEveryFrameInAndOutWithTheActionItBelongsTo() {
        try (TestStation station = gateway.bootedStation("CP-1")
                .answering("ClearCache", p -> "{\"status\":\"Accepted\"}")) {
            station.call("Heartbeat", "{}");
            send(new StationCommand.ClearCache());
        }
        List<JournalEntry> entries = gateway.journal.of(CP_1);
        assertThat(entries).extracting(e -> e.direction() + " " + e.action()).containsExactly(
                "IN BootNotification", "OUT BootNotification",
                "IN Heartbeat", "OUT Heartbeat",
                "OUT ClearCache", "IN ClearCache");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.messageId()).isNotBlank();
            assertThat(e.frame()).startsWith("[");
        });
        assertThat(entries.get(0).messageId()).isEqualTo(entries.get(1).messageId());
    }

    @Test
    void framesAndHandlerTimesAreMeteredByAction() {
        try (TestStation station = gateway.bootedStation("CP-1")) {
            station.call("Heartbeat", "{}");
            station.call("SelfDestruct", "{}");

            await().until(() -> gateway.meters.find("gridcharge.gateway.connections").gauge().value() == 1.0);
            assertThat(gateway.meters.get("gridcharge.gateway.frames").tags("direction", "in", "action", "Heartbeat")
                    .counter().count()).isEqualTo(1.0);
            assertThat(gateway.meters.get("gridcharge.gateway.frames").tags("direction", "in", "action", "unknown")
                    .counter().count()).isEqualTo(1.0);
            assertThat(gateway.meters.get("gridcharge.gateway.handler").tag("action", "BootNotification")
                    .timer().count()).isEqualTo(1);
        }
    }

    private CommandReply send(StationCommand command) {
        return gateway.commands.send(CP_1, command).join();
    }

    private static Throwable catchFailure(CompletableFuture<?> future) {
        try {
            future.join();
        } catch (CompletionException e) {
            return e.getCause();
        }
        throw new AssertionError("the command succeeded");
    }
}
