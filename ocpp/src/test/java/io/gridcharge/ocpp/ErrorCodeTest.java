package io.gridcharge.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

    @Test
    void writesTheTwelveCodesOfOcppJ201AsPart4Spells() {
        assertThat(Arrays.stream(ErrorCode.values()).map(code -> code.wireName(OcppVersion.V201)))
                .containsExactlyInAnyOrder("NotImplemented", "NotSupported", "InternalError", "ProtocolError",
                        "SecurityError", "FormatViolation", "PropertyConstraintViolation",
                        "OccurrenceConstraintViolation", "TypeConstraintViolation", "GenericError",
                        "MessageTypeNotSupported", "RpcFrameworkError");
    }

    @Test
    void writesTheCodes16LacksAsGenericErrorTo16Peers() {
        assertThat(ErrorCode.RPC_FRAMEWORK_ERROR.wireName(OcppVersion.V16)).isEqualTo("GenericError");
        assertThat(ErrorCode.MESSAGE_TYPE_NOT_SUPPORTED.wireName(OcppVersion.V16)).isEqualTo("GenericError");
        assertThat(ErrorCode.FORMATION_VIOLATION.wireName(OcppVersion.V16)).isEqualTo("FormationViolation");
    }

    @Test
    void readsEitherVersionsSpelling() {
        assertThat(ErrorCode.fromWire("FormatViolation")).isEqualTo(ErrorCode.FORMATION_VIOLATION);
        assertThat(ErrorCode.fromWire("OccurenceConstraintViolation")).isEqualTo(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION);
        assertThat(ErrorCode.fromWire("RpcFrameworkError")).isEqualTo(ErrorCode.RPC_FRAMEWORK_ERROR);
    }
}
