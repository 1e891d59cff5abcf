package io.gridcharge.ocpp.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.ocpp.ErrorCode;

/** The peer answered an outbound call with a CALLERROR (OCPP-J 1.6 §4.2.3). */
public final class CallErrorException extends RpcException {
    private final ErrorCode code;
    private final String description;
    private final JsonNode details;

    public CallErrorException(String action, ErrorCode code, String description, JsonNode details) {
        super(action + " failed: " + code + " " + description);
        this.code = code;
        this.description = description;
        this.details = details;
    }

    public ErrorCode code() {
        return code;
    }

    public String description() {
        return description;
    }

    public JsonNode details() {
        return details;
    }
}
