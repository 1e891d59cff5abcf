package io.gridcharge.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridcharge.ocpp.rpc.Frame;
import io.gridcharge.ocpp.rpc.FrameCodec;
import java.util.List;

/**
 * Keeps secrets out of the message journal (DESIGN §6: no secrets in logs): the value of a ChangeConfiguration
 * of AuthorizationKey is a station's Basic Auth password, hex-encoded (OCPP 1.6 Security Whitepaper A01); in
 * 2.0.1 the password is set as SecurityCtrlr.BasicAuthPassword with SetVariables (A01), and a SetNetworkProfile
 * carries the APN's password and SIM PIN and the VPN's password and key (B09). The station still gets the frame
 * as it was; only the journal's copy is redacted.
 */
final class JournalRedaction {
    static final String REDACTED = "(redacted)";
    private static final String SECRET_KEY = "AuthorizationKey";
    private static final String SECRET_VARIABLE = "BasicAuthPassword";

    private JournalRedaction() {
    }

    /** The text to journal for {@code call}: the frame itself, or a copy without the secret. */
    static String of(Frame.Call call, String text, FrameCodec codec) {
        ObjectNode payload = switch (call.action()) {
            case "ChangeConfiguration" -> authorizationKey(call.payload());
            case "SetVariables" -> basicAuthPassword(call.payload());
            case "SetNetworkProfile" -> networkSecrets(call.payload());
            default -> null;
        };
        return payload == null ? text : codec.write(new Frame.Call(call.messageId(), call.action(), payload));
    }

    private static ObjectNode authorizationKey(ObjectNode payload) {
        if (!SECRET_KEY.equalsIgnoreCase(payload.path("key").asText()) || !payload.has("value")) {
            return null;
        }
        ObjectNode copy = payload.deepCopy();
        copy.put("value", REDACTED);
        return copy;
    }

    private static ObjectNode basicAuthPassword(ObjectNode payload) {
        ObjectNode copy = payload.deepCopy();
        boolean secret = false;
        for (JsonNode data : copy.path("setVariableData")) {
            if (SECRET_VARIABLE.equalsIgnoreCase(data.path("variable").path("name").asText())
                    && data instanceof ObjectNode entry) {
                entry.put("attributeValue", REDACTED);
                secret = true;
            }
        }
        return secret ? copy : null;
    }

    private static ObjectNode networkSecrets(ObjectNode payload) {
        ObjectNode copy = payload.deepCopy();
        boolean secret = redact(copy.path("connectionData").path("apn"), List.of("apnPassword", "simPin"));
        secret |= redact(copy.path("connectionData").path("vpn"), List.of("password", "key"));
        return secret ? copy : null;
    }

    private static boolean redact(JsonNode node, List<String> fields) {
        boolean redacted = false;
        if (node instanceof ObjectNode object) {
            for (String field : fields) {
                if (object.has(field)) {
                    object.put(field, REDACTED);
                    redacted = true;
                }
            }
        }
        return redacted;
    }
}
