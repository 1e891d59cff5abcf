package io.gridcharge.ocpp.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridcharge.ocpp.ErrorCode;
import java.util.Objects;

/** One OCPP-J message, the JSON array a WebSocket text frame carries (OCPP-J 1.6 §4.2). */
public sealed interface Frame {

    /** The id that ties a CALLRESULT or CALLERROR to its CALL (OCPP-J 1.6 §4.1.3). */
    String messageId();

    /** {@code [2, messageId, action, payload]} (OCPP-J 1.6 §4.2.1). */
    record Call(String messageId, String action, ObjectNode payload) implements Frame {
        public static final int TYPE_ID = 2;

        public Call {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(payload, "payload");
        }
    }

    /** {@code [3, messageId, payload]} (OCPP-J 1.6 §4.2.2). */
    record CallResult(String messageId, JsonNode payload) implements Frame {
        public static final int TYPE_ID = 3;

        public CallResult {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(payload, "payload");
        }
    }

    /** {@code [4, messageId, errorCode, errorDescription, errorDetails]} (OCPP-J 1.6 §4.2.3). */
    record CallError(String messageId, ErrorCode code, String description, JsonNode details) implements Frame {
        public static final int TYPE_ID = 4;

        public CallError {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(details, "details");
        }
    }
}
