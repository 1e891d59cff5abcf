package io.gridcharge.ocpp.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.json.OcppJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameCodecTest {
    private final FrameCodec codec = new FrameCodec(OcppVersion.V16);

    private static ObjectNode object(String json) throws Exception {
        return (ObjectNode) OcppJson.mapper().readTree(json);
    }

    @Test
    void roundTripsACall() throws Exception {
        String text = "[2,\"19223201\",\"BootNotification\",{\"chargePointVendor\":\"ACME\",\"chargePointModel\":\"AC22\"}]";

        Frame frame = codec.parse(text);

        assertThat(frame).isEqualTo(new Frame.Call("19223201", "BootNotification",
                object("{\"chargePointVendor\":\"ACME\",\"chargePointModel\":\"AC22\"}")));
        assertThat(codec.write(frame)).isEqualTo(text);
    }

    @Test
    void roundTripsACallResult() throws Exception {
        String text = "[3,\"19223201\",{\"status\":\"Accepted\",\"currentTime\":\"2025-03-01T08:00:00Z\",\"interval\":300}]";

        Frame frame = codec.parse(text);

        assertThat(frame).isInstanceOf(Frame.CallResult.class);
        assertThat(frame.messageId()).isEqualTo("19223201");
        assertThat(codec.write(frame)).isEqualTo(text);
    }

    @Test
    void roundTripsACallErrorWithTheVersionsSpellingOfItsCode() throws Exception {
        String text = "[4,\"19223201\",\"OccurenceConstraintViolation\",\"idTag: is required\",{\"field\":\"idTag\"}]";

        Frame frame = codec.parse(text);

        assertThat(frame).isEqualTo(new Frame.CallError("19223201", ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION,
                "idTag: is required", object("{\"field\":\"idTag\"}")));
        assertThat(codec.write(frame)).isEqualTo(text);
        assertThat(new FrameCodec(OcppVersion.V201).write(frame)).contains("\"OccurrenceConstraintViolation\"");
    }

    @Test
    void writesErrorCodesOnlyOcpp201HasAsGenericErrorToOcpp16Peers() {
        Frame error = new Frame.CallError("7", ErrorCode.MESSAGE_TYPE_NOT_SUPPORTED, "", OcppJson.mapper().createObjectNode());

        assertThat(codec.write(error)).isEqualTo("[4,\"7\",\"GenericError\",\"\",{}]");
    }

    @Test
    void readsACallErrorWithoutDetailsAsEmptyDetails() {
        Frame frame = codec.parse("[4,\"42\",\"NotImplemented\",\"Unknown action\"]");

        assertThat(((Frame.CallError) frame).details()).isEqualTo(OcppJson.mapper().createObjectNode());
    }

    @Test
    void readsAnUnknownErrorCodeAsGenericError() {
        Frame frame = codec.parse("[4,\"42\",\"Overheated\",\"\",{}]");

        assertThat(((Frame.CallError) frame).code()).isEqualTo(ErrorCode.GENERIC_ERROR);
    }

    @Test
    void acceptsAMessageIdOfExactly36Characters() {
        String id = "a7caa7a1-c309-43bd-af3f-b5c1c4f9657e";

        assertThat(codec.parse("[2,\"" + id + "\",\"Heartbeat\",{}]").messageId()).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # frame                                                      | code                        | wire code           | message id | type id
            not json                                                     | FORMATION_VIOLATION         | FormationViolation  |            |
            {"messageTypeId":2}                                          | FORMATION_VIOLATION         | FormationViolation  |            |
            []                                                           | PROTOCOL_ERROR              | ProtocolError       |            |
            [2]                                                          | PROTOCOL_ERROR              | ProtocolError       |            | 2
            [2,"1","Heartbeat"]                                          | PROTOCOL_ERROR              | ProtocolError       | 1          | 2
            [2,"1","Heartbeat",{},{}]                                    | FORMATION_VIOLATION         | FormationViolation  | 1          | 2
            [2,1,"Heartbeat",{}]                                         | FORMATION_VIOLATION         | FormationViolation  |            | 2
            [2,"1",7,{}]                                                 | FORMATION_VIOLATION         | FormationViolation  | 1          | 2
            [2,"1","Heartbeat",[]]                                       | FORMATION_VIOLATION         | FormationViolation  | 1          | 2
            [2,"1","Heartbeat","{}"]                                     | FORMATION_VIOLATION         | FormationViolation  | 1          | 2
            [2,"a7caa7a1-c309-43bd-af3f-b5c1c4f9657e0","Heartbeat",{}]   | FORMATION_VIOLATION         | FormationViolation  | a7caa7a1-c309-43bd-af3f-b5c1c4f9657e0 | 2
            ["2","1","Heartbeat",{}]                                     | FORMATION_VIOLATION         | FormationViolation  | 1          |
            [5,"1","Heartbeat",{}]                                       | MESSAGE_TYPE_NOT_SUPPORTED  | GenericError        | 1          | 5
            [3,"1"]                                                      | PROTOCOL_ERROR              | ProtocolError       | 1          | 3
            [3,"1",{},{}]                                                | FORMATION_VIOLATION         | FormationViolation  | 1          | 3
            [4,"1","NotImplemented"]                                     | PROTOCOL_ERROR              | ProtocolError       | 1          | 4
            [4,"1",404,"",{}]                                            | FORMATION_VIOLATION         | FormationViolation  | 1          | 4
            [4,"1","NotImplemented","",[]]                               | FORMATION_VIOLATION         | FormationViolation  | 1          | 4
            [2,"1","Heartbeat",{}] trailing                              | FORMATION_VIOLATION         | FormationViolation  |            |
            [2,"1","Authorize",{"idTag":"A","idTag":"B"}]                | FORMATION_VIOLATION         | FormationViolation  |            |
            """)
    void refusesABrokenFrameWithTheCodeThatAnswersIt(String text, ErrorCode code, String wireCode, String messageId,
            Integer typeId) {
        FrameException broken = catchThrowableOfType(FrameException.class, () -> codec.parse(text));

        assertThat(broken.code()).as(broken.getMessage()).isEqualTo(code);
        assertThat(broken.code().wireName(OcppVersion.V16)).isEqualTo(wireCode);
        assertThat(broken.messageId()).isEqualTo(messageId);
        assertThat(broken.messageTypeId()).isEqualTo(typeId);
    }

    @Test
    void refusesNoTextAtAllAsFormationViolation() {
        assertThat(catchThrowableOfType(FrameException.class, () -> codec.parse(null)).code())
                .isEqualTo(ErrorCode.FORMATION_VIOLATION);
    }

    @Test
    void saysWhetherABrokenFrameWasACallSoThatOnlyCallsAreAnswered() {
        assertThat(catchThrowableOfType(FrameException.class, () -> codec.parse("[2,\"1\"]")).wasCall()).isTrue();
        assertThat(catchThrowableOfType(FrameException.class, () -> codec.parse("garbage")).wasCall()).isTrue();
        assertThat(catchThrowableOfType(FrameException.class, () -> codec.parse("[3,\"1\"]")).wasCall()).isFalse();
        assertThat(catchThrowableOfType(FrameException.class, () -> codec.parse("[4,\"1\",1,\"\",{}]")).wasCall()).isFalse();
    }

    @Test
    void keepsAResultPayloadOfAnyJsonTypeForTheSessionToJudge() {
        JsonNode payload = ((Frame.CallResult) codec.parse("[3,\"1\",\"Accepted\"]")).payload();

        assertThat(payload.textValue()).isEqualTo("Accepted");
    }
}
