package io.gridcharge.ocpp;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Thrown while handling an inbound CALL to answer it with a CALLERROR carrying this code and description
 * (OCPP-J 1.6 §4.2.3), instead of a CALLRESULT. Details are an optional JSON object for the peer.
 */
public class OcppCallException extends RuntimeException {
    private final ErrorCode code;
    private final JsonNode details;

    public OcppCallException(ErrorCode code, String description) {
        this(code, description, null);
    }

    public OcppCallException(ErrorCode code, String description, JsonNode details) {
        super(description);
        this.code = code;
        this.details = details;
    }

    public ErrorCode code() {
        return code;
    }

    public String description() {
        return getMessage();
    }

    /** Null when there are none. */
    public JsonNode details() {
        return details;
    }
}
