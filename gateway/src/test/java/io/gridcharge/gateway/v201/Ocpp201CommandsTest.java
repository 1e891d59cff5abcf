package io.gridcharge.gateway.v201;

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
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The platform's commands to an OCPP 2.0.1 station, over a real WebSocket. */
class Ocpp201CommandsTest {
    private static final StationId CP_1 = StationId.of("CP-1");

    private final GatewayFixture gateway = aGateway()
            .withStation("CP-1")
            .withCallTimeout(Duration.ofMillis(500))
            .start();

    @AfterEach
    void stop() {
        gateway.close();
    }

    private TestStation bootedStation() {
        TestStation station = gateway.station201("CP-1").open();
        assertThat(station.call("BootNotification", Ocpp201CsmsConformanceTest.BOOT).get(2).get("status").asText())
                .isEqualTo("Accepted");
        return station;
    }

    private CommandReply send(StationCommand command) {
        return gateway.commands.send(CP_1, command).join();
    }

    private static JsonNode payload(TestStation station, String action) {
        return station.callsReceived(action).getFirst().get(3);
    }

    @Test
    void remoteStartIsRequestStartTransactionOnTheEvse() {
        try (TestStation station = bootedStation()
                .answering("RequestStartTransaction", p -> "{\"status\":\"Accepted\"}")) {
            assertThat(send(new StationCommand.RemoteStart(2, IdToken.of("TAG-1"))).status()).isEqualTo("Accepted");

            JsonNode request = payload(station, "RequestStartTransaction");
            assertThat(request.get("evseId").asInt()).isEqualTo(2);
            assertThat(request.get("idToken").get("idToken").asText()).isEqualTo("TAG-1");
            assertThat(request.get("idToken").get("type").asText()).isEqualTo("Central");
            assertThat(request.get("remoteStartId").asInt()).isPositive();
        }
    }

    @Test
    void remoteStopNamesTheStationsOwnTransactionIdAndNeedsOne() {
        try (TestStation station = bootedStation()
                .answering("RequestStopTransaction", p -> "{\"status\":\"Rejected\"}")) {
            assertThat(send(new StationCommand.RemoteStop(7, "TX-7")).status()).isEqualTo("Rejected");
            assertThat(payload(station, "RequestStopTransaction").get("transactionId").asText()).isEqualTo("TX-7");

            assertThatThrownBy(() -> send(new StationCommand.RemoteStop(8, null)))
                    .isInstanceOfSatisfying(InvalidInput.class,
                            invalid -> assertThat(invalid.field()).isEqualTo("transactionId"));
            assertThat(station.callsReceived("RequestStopTransaction")).hasSize(1);
        }
    }

    @Test
    void resetUnlockAvailabilityAndTriggerTravelAsTheir201Calls() {
        try (TestStation station = bootedStation()
                .answering("Reset", p -> "{\"status\":\"Scheduled\"}")
                .answering("UnlockConnector", p -> "{\"status\":\"Unlocked\"}")
                .answering("ChangeAvailability", p -> "{\"status\":\"Accepted\"}")
                .answering("TriggerMessage", p -> "{\"status\":\"Accepted\"}")
                .answering("ClearCache", p -> "{\"status\":\"Accepted\"}")) {
            assertThat(send(new StationCommand.Reset(StationCommand.ResetKind.SOFT)).status()).isEqualTo("Scheduled");
            assertThat(send(new StationCommand.UnlockConnector(2)).status()).isEqualTo("Unlocked");
            assertThat(send(new StationCommand.ChangeAvailability(1, false)).status()).isEqualTo("Accepted");
            assertThat(send(new StationCommand.TriggerMessage(StationCommand.TriggeredMessage.STATUS_NOTIFICATION, 1))
                    .status()).isEqualTo("Accepted");
            assertThat(send(new StationCommand.ClearCache()).status()).isEqualTo("Accepted");

            assertThat(payload(station, "Reset").get("type").asText()).isEqualTo("OnIdle");
            assertThat(payload(station, "UnlockConnector").get("evseId").asInt()).isEqualTo(2);
            assertThat(payload(station, "UnlockConnector").get("connectorId").asInt()).isEqualTo(1);
            assertThat(payload(station, "ChangeAvailability").get("operationalStatus").asText())
                    .isEqualTo("Inoperative");
            assertThat(payload(station, "ChangeAvailability").get("evse").get("id").asInt()).isEqualTo(1);
            assertThat(payload(station, "TriggerMessage").get("requestedMessage").asText())
                    .isEqualTo("StatusNotification");
            assertThat(payload(station, "TriggerMessage").get("evse").get("connectorId").asInt()).isEqualTo(1);
        }
    }

    @Test
    void configurationKeysAreComponentDotVariableThroughGetAndSetVariables() {
        try (TestStation station = bootedStation()
                .answering("SetVariables", p -> "{\"setVariableResult\":[{\"attributeStatus\":\"RebootRequired\","
                        + "\"component\":{\"name\":\"OCPPCommCtrlr\"},\"variable\":{\"name\":\"HeartbeatInterval\"}}]}")
                .answering("GetVariables", p -> "{\"getVariableResult\":[{\"attributeStatus\":\"Accepted\","
                        + "\"attributeValue\":\"60\",\"component\":{\"name\":\"OCPPCommCtrlr\"},"
                        + "\"variable\":{\"name\":\"HeartbeatInterval\"}},{\"attributeStatus\":\"UnknownVariable\","
                        + "\"component\":{\"name\":\"OCPPCommCtrlr\"},\"variable\":{\"name\":\"Nope\"}}]}")) {
            assertThat(send(new StationCommand.ChangeConfiguration("OCPPCommCtrlr.HeartbeatInterval", "60")).status())
                    .isEqualTo("RebootRequired");
            CommandReply read = send(new StationCommand.GetConfiguration(List.of("OCPPCommCtrlr.HeartbeatInterval",
                    "OCPPCommCtrlr.Nope")));

            JsonNode set = payload(station, "SetVariables").get("setVariableData").get(0);
            assertThat(set.get("component").get("name").asText()).isEqualTo("OCPPCommCtrlr");
            assertThat(set.get("variable").get("name").asText()).isEqualTo("HeartbeatInterval");
            assertThat(set.get("attributeValue").asText()).isEqualTo("60");
            assertThat(read.configuration()).extracting(CommandReply.ConfigurationValue::key,
                    CommandReply.ConfigurationValue::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("OCPPCommCtrlr.HeartbeatInterval", "60"));
            assertThat(read.unknownKeys()).containsExactly("OCPPCommCtrlr.Nope");

            assertThatThrownBy(() -> send(new StationCommand.ChangeConfiguration("HeartbeatInterval", "60")))
                    .isInstanceOfSatisfying(InvalidInput.class, invalid -> {
                        assertThat(invalid.field()).isEqualTo("key");
                        assertThat(invalid.getMessage()).contains("OCPP 2.0.1");
                    });
        }
    }

    /** Answers every GetVariableData Accepted, with the variable's name as its value. */
    private static String acceptingEach(JsonNode request) {
        StringBuilder results = new StringBuilder();
        for (JsonNode data : request.get("getVariableData")) {
            results.append(results.isEmpty() ? "" : ",").append("{\"attributeStatus\":\"Accepted\",")
                    .append("\"attributeValue\":\"").append(data.get("variable").get("name").asText()).append("\",")
                    .append("\"component\":").append(data.get("component")).append(",")
                    .append("\"variable\":").append(data.get("variable")).append("}");
        }
        return "{\"getVariableResult\":[" + results + "]}";
    }

    @Test
    void TC_B_08_CSMS_moreKeysThanTheStationTakesInOneMessageAreAskedForInSeveralGetVariables() {
        try (TestStation station = bootedStation().answering("GetVariables", Ocpp201CommandsTest::acceptingEach)) {
            station.call("NotifyReport", "{\"requestId\":1,\"generatedAt\":\"2026-11-21T08:00:00Z\",\"seqNo\":0,"
                    + "\"reportData\":[{\"component\":{\"name\":\"DeviceDataCtrlr\"},\"variable\":"
                    + "{\"name\":\"ItemsPerMessage\",\"instance\":\"GetVariables\"},\"variableAttribute\":"
                    + "[{\"type\":\"Actual\",\"value\":\"2\",\"mutability\":\"ReadOnly\"}]}]}");

            CommandReply read = send(new StationCommand.GetConfiguration(List.of("DeviceDataCtrlr.ItemsPerMessage[GetReport]",
                    "DeviceDataCtrlr.ItemsPerMessage[GetVariables]", "AuthCtrlr.AuthorizeRemoteStart")));

            assertThat(station.callsReceived("GetVariables")).extracting(call -> call.get(3).get("getVariableData").size())
                    .containsExactly(2, 1);
            JsonNode first = payload(station, "GetVariables").get("getVariableData").get(0);
            assertThat(first.get("variable").get("name").asText()).isEqualTo("ItemsPerMessage");
            assertThat(first.get("variable").get("instance").asText()).isEqualTo("GetReport");
            assertThat(read.configuration()).extracting(CommandReply.ConfigurationValue::key).containsExactly(
                    "DeviceDataCtrlr.ItemsPerMessage[GetReport]", "DeviceDataCtrlr.ItemsPerMessage[GetVariables]",
                    "AuthCtrlr.AuthorizeRemoteStart");
        }
    }

    @Test
    void aStationThatNeverSaidItsLimitIsAskedForEveryKeyInOneGetVariables() {
        try (TestStation station = bootedStation().answering("GetVariables", Ocpp201CommandsTest::acceptingEach)) {
            send(new StationCommand.GetConfiguration(List.of("A.B", "C.D", "E.F")));

            assertThat(station.callsReceived("GetVariables")).extracting(call -> call.get(3).get("getVariableData").size())
                    .containsExactly(3);
        }
    }
}
