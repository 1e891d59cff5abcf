package io.gridcharge.ocpp.rpc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.json.OcppJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Text frames to {@link Frame}s and back (OCPP-J 1.6 §4). Parsing checks the array's structure only; payloads
 * are checked against their action later, by the session. Which code a broken frame gets, where §4.2.3 leaves
 * it open:
 * <ul>
 * <li>not JSON, not an array, an element of the wrong JSON type, extra elements, a message id longer than
 * the 36 characters of §4.1.3: FormationViolation, the frame does "not conform the PDU structure";</li>
 * <li>too few elements: ProtocolError, "payload for Action is incomplete";</li>
 * <li>a message type id other than 2, 3, 4: MessageTypeNotSupported, which OCPP 2.0.1 defines for exactly
 * this and which 1.6 peers receive as GenericError (see {@link ErrorCode}).</li>
 * </ul>
 * OCPP-J 2.0.1 (Part 4 §4.3) has a code of its own for a frame that is no valid RPC message at all,
 * RpcFrameworkError ("Content of the call is not a valid RPC Request, for example: MessageId could not be
 * read"), and gives ProtocolError to payloads instead; so for 2.0.1 every one of the structure failures above
 * but the message type is an RpcFrameworkError.
 * A CALLERROR without its errorDetails element is read as having empty details: being lenient about an answer
 * costs nothing, and refusing it would only leave the call to time out.
 */
public final class FrameCodec {
    /** OCPP-J 1.6 §4.1.3: the message id is a string of at most 36 characters. */
    public static final int MAX_MESSAGE_ID_LENGTH = 36;

    private final OcppVersion version;
    private final ObjectMapper mapper = OcppJson.mapper();

    public FrameCodec(OcppVersion version) {
        this.version = version;
    }

    public OcppVersion version() {
        return version;
    }

    /** @throws FrameException when the text is not a well-formed OCPP-J message */
    public Frame parse(String text) {
        try {
            return parseFrame(text);
        } catch (FrameException broken) {
            if (version == OcppVersion.V201 && broken.code() != ErrorCode.MESSAGE_TYPE_NOT_SUPPORTED) {
                throw new FrameException(ErrorCode.RPC_FRAMEWORK_ERROR, broken.messageId(), broken.messageTypeId(),
                        broken.getMessage());
            }
            throw broken;
        }
    }

    private Frame parseFrame(String text) {
        JsonNode root = readJson(text);
        if (root == null || !root.isArray()) {
            throw new FrameException(ErrorCode.FORMATION_VIOLATION, null, null, "A message must be a JSON array");
        }
        if (root.isEmpty()) {
            throw new FrameException(ErrorCode.PROTOCOL_ERROR, null, null, "The message is empty");
        }
        JsonNode typeNode = root.get(0);
        Integer typeId = typeNode.isIntegralNumber() && typeNode.canConvertToInt() ? typeNode.intValue() : null;
        String messageId = root.size() > 1 && root.get(1).isTextual() ? root.get(1).textValue() : null;
        if (typeId == null) {
            throw new FrameException(ErrorCode.FORMATION_VIOLATION, messageId, null, "The message type id must be an integer");
        }
        if (typeId != Frame.Call.TYPE_ID && typeId != Frame.CallResult.TYPE_ID && typeId != Frame.CallError.TYPE_ID) {
            throw new FrameException(ErrorCode.MESSAGE_TYPE_NOT_SUPPORTED, messageId, typeId,
                    "Message type " + typeId + " is not supported");
        }
        Elements elements = new Elements(root, typeId, messageId);
        elements.requireMessageId();
        return switch (typeId) {
            case Frame.Call.TYPE_ID -> parseCall(elements);
            case Frame.CallResult.TYPE_ID -> parseCallResult(elements);
            default -> parseCallError(elements);
        };
    }

    public String write(Frame frame) {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator out = mapper.createGenerator(text)) {
            out.writeStartArray();
            switch (frame) {
                case Frame.Call call -> {
                    out.writeNumber(Frame.Call.TYPE_ID);
                    out.writeString(call.messageId());
                    out.writeString(call.action());
                    out.writeTree(call.payload());
                }
                case Frame.CallResult result -> {
                    out.writeNumber(Frame.CallResult.TYPE_ID);
                    out.writeString(result.messageId());
                    out.writeTree(result.payload());
                }
                case Frame.CallError error -> {
                    out.writeNumber(Frame.CallError.TYPE_ID);
                    out.writeString(error.messageId());
                    out.writeString(error.code().wireName(version));
                    out.writeString(error.description());
                    out.writeTree(error.details());
                }
            }
            out.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to a string failed", e);
        }
        return text.toString();
    }

    private Frame parseCall(Elements elements) {
        elements.requireCount(4, 4);
        String action = elements.text(2, "action");
        JsonNode payload = elements.get(3);
        if (!(payload instanceof ObjectNode object)) {
            throw elements.broken(ErrorCode.FORMATION_VIOLATION, "The payload must be a JSON object");
        }
        return new Frame.Call(elements.messageId, action, object);
    }

    private Frame parseCallResult(Elements elements) {
        elements.requireCount(3, 3);
        return new Frame.CallResult(elements.messageId, elements.get(2));
    }

    private Frame parseCallError(Elements elements) {
        elements.requireCount(4, 5);
        String code = elements.text(2, "errorCode");
        String description = elements.text(3, "errorDescription");
        JsonNode details = elements.size() == 5 ? elements.get(4) : mapper.createObjectNode();
        if (!details.isObject()) {
            throw elements.broken(ErrorCode.FORMATION_VIOLATION, "The errorDetails must be a JSON object");
        }
        return new Frame.CallError(elements.messageId, ErrorCode.fromWire(code), description, details);
    }

    private JsonNode readJson(String text) {
        if (text == null) {
            throw new FrameException(ErrorCode.FORMATION_VIOLATION, null, null, "No text");
        }
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new FrameException(ErrorCode.FORMATION_VIOLATION, null, null, "Not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The elements of one frame's array, with what has been read of it so far for error reports. */
    private record Elements(JsonNode array, int typeId, String messageId) {
        int size() {
            return array.size();
        }

        JsonNode get(int index) {
            return array.get(index);
        }

        void requireMessageId() {
            if (size() < 2) {
                throw broken(ErrorCode.PROTOCOL_ERROR, "The message id is missing");
            }
            if (messageId == null) {
                throw broken(ErrorCode.FORMATION_VIOLATION, "The message id must be a string");
            }
            if (messageId.length() > MAX_MESSAGE_ID_LENGTH) {
                throw broken(ErrorCode.FORMATION_VIOLATION,
                        "The message id must be at most " + MAX_MESSAGE_ID_LENGTH + " characters");
            }
        }

        void requireCount(int min, int max) {
            if (size() < min) {
                throw broken(ErrorCode.PROTOCOL_ERROR, "The message has " + size() + " elements, needs " + min);
            }
            if (size() > max) {
                throw broken(ErrorCode.FORMATION_VIOLATION, "The message has " + size() + " elements, at most " + max);
            }
        }

        String text(int index, String name) {
            JsonNode node = get(index);
            if (!node.isTextual()) {
                throw broken(ErrorCode.FORMATION_VIOLATION, "The " + name + " must be a string");
            }
            return node.textValue();
        }

        FrameException broken(ErrorCode code, String message) {
            return new FrameException(code, messageId, typeId, message);
        }
    }
}
