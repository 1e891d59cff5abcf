package io.gridcharge.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridcharge.ocpp.rpc.Frame;
import io.gridcharge.ocpp.rpc.FrameCodec;

/**
 * Keeps secrets out of the message journal (DESIGN §6: no secrets in logs): the value of a ChangeConfiguration
 * of AuthorizationKey is a station's Basic Auth password, hex-encoded (OCPP 1.6 Security Whitepaper A01). The
 * station still gets the frame as it was; only the journal's copy is redacted.
 */
final class JournalRedaction {
    static final String REDACTED = "(redacted)";
    private static final String SECRET_KEY = "AuthorizationKey";

    private JournalRedaction() {
    }

    /** The text to journal for {@code call}: the frame itself, or a copy without the secret. */
    static String of(Frame.Call call, String text, FrameCodec codec) {
        if (!"ChangeConfiguration".equals(call.action())
                || !SECRET_KEY.equalsIgnoreCase(call.payload().path("key").asText())
                || !call.payload().has("value")) {
            return text;
        }
        ObjectNode payload = call.payload().deepCopy();
        payload.put("value", REDACTED);
        return codec.write(new Frame.Call(call.messageId(), call.action(), payload));
    }
}
