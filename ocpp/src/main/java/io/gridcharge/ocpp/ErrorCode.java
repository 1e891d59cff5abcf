package io.gridcharge.ocpp;

/**
 * CALLERROR error codes (OCPP-J 1.6 §4.2.3; OCPP 2.0.1 Part 4 §4.3). The two versions differ in spelling
 * ("FormationViolation" vs "FormatViolation", "OccurenceConstraintViolation" vs
 * "OccurrenceConstraintViolation"), so the wire name is asked for per version.
 */
public enum ErrorCode {
    NOT_IMPLEMENTED("NotImplemented", "NotImplemented"),
    NOT_SUPPORTED("NotSupported", "NotSupported"),
    INTERNAL_ERROR("InternalError", "InternalError"),
    PROTOCOL_ERROR("ProtocolError", "ProtocolError"),
    SECURITY_ERROR("SecurityError", "SecurityError"),
    FORMATION_VIOLATION("FormationViolation", "FormatViolation"),
    PROPERTY_CONSTRAINT_VIOLATION("PropertyConstraintViolation", "PropertyConstraintViolation"),
    OCCURRENCE_CONSTRAINT_VIOLATION("OccurenceConstraintViolation", "OccurrenceConstraintViolation"),
    TYPE_CONSTRAINT_VIOLATION("TypeConstraintViolation", "TypeConstraintViolation"),
    GENERIC_ERROR("GenericError", "GenericError"),
    /** 2.0.1 only; 1.6 peers get GenericError. */
    MESSAGE_TYPE_NOT_SUPPORTED("GenericError", "MessageTypeNotSupported"),
    /** 2.0.1 only; 1.6 peers get GenericError. */
    RPC_FRAMEWORK_ERROR("GenericError", "RpcFrameworkError");

    private final String v16;
    private final String v201;

    ErrorCode(String v16, String v201) {
        this.v16 = v16;
        this.v201 = v201;
    }

    public String wireName(OcppVersion version) {
        return version == OcppVersion.V16 ? v16 : v201;
    }

    /** Reads a code from a peer's CALLERROR; unknown spellings read as GENERIC_ERROR. */
    public static ErrorCode fromWire(String name) {
        for (ErrorCode code : values()) {
            if (code.v16.equals(name) || code.v201.equals(name)) {
                return code;
            }
        }
        return GENERIC_ERROR;
    }
}
