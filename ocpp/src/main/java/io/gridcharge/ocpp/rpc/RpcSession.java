package io.gridcharge.ocpp.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridcharge.ocpp.ActionCatalog;
import io.gridcharge.ocpp.ActionDefinition;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.OcppCallException;
import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.Role;
import io.gridcharge.ocpp.json.OcppJson;
import io.gridcharge.ocpp.validation.PayloadViolation;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OCPP-J RPC of one connection, for either end and any transport: answers inbound CALLs through a
 * {@link CallHandler}, and sends outbound calls one at a time, correlating their answers.
 *
 * <p>Inbound, a CALL goes through four steps, each answered with the precise CALLERROR when it fails: parse
 * the frame ({@link FrameCodec}), look the action up for this role ({@link ActionCatalog#inbound}: NotImplemented,
 * NotSupported), decode and check the payload ({@link OcppJson#decode}: the violation's code), handle it
 * (the handler's {@link OcppCallException}, or InternalError for anything else).
 *
 * <p>Outbound, OCPP-J 1.6 §4.1.1 allows one outstanding CALL per direction: further calls wait in a bounded
 * FIFO queue and are sent when the one before is answered or has timed out. The timeout runs from the moment
 * a call is sent, not while it waits. Message ids are random UUIDs: unique on the connection as §4.1.3
 * requires, exactly the 36 characters allowed, and unique across reconnects and cluster nodes too, so a
 * station's journal lines correlate without a connection id.
 *
 * <p>Threads: the transport calls {@link #onText} serially, never concurrently; {@link #call}, {@link #callRaw}
 * and {@link #close} may be called from any thread. The frame sink may be called from any of these threads
 * and the timer's, and must be thread-safe (Netty's {@code writeAndFlush} is). Futures complete on the
 * thread that delivered the answer (the transport's, or the timer's on a timeout): use the async variants of
 * CompletableFuture for slow follow-up work.
 */
public final class RpcSession implements AutoCloseable {
    /**
     * The message id of a CALLERROR answering a frame whose own id cannot be read. OCPP-J 1.6 says nothing
     * about this case; OCPP 2.0.1 Part 4 §4.2.3 prescribes "-1", and answering beats a silent drop.
     */
    public static final String UNKNOWN_MESSAGE_ID = "-1";
    /** OCPP 2.0.1 Part 4 limits errorDescription to 255 characters; 1.6 peers get the same. */
    private static final int MAX_DESCRIPTION_LENGTH = 255;
    private static final Logger log = LoggerFactory.getLogger(RpcSession.class);

    private final ActionCatalog catalog;
    private final Role role;
    private final FrameCodec codec;
    private final Consumer<String> frameSink;
    private final CallHandler handler;
    private final FrameListener frameListener;
    private final String stationId;
    private final OutboundCalls outbound;

    private RpcSession(Builder builder) {
        this.catalog = builder.catalog;
        this.role = builder.role;
        this.codec = new FrameCodec(builder.catalog.version());
        this.frameSink = Objects.requireNonNull(builder.frameSink, "frameSink");
        this.handler = Objects.requireNonNull(builder.callHandler, "callHandler");
        this.frameListener = builder.frameListener;
        this.stationId = builder.stationId;
        this.outbound = new OutboundCalls(this::emit, Objects.requireNonNull(builder.timer, "callTimeout timer"),
                Objects.requireNonNull(builder.callTimeout, "callTimeout"), builder.maxQueuedCalls, stationId);
    }

    public static Builder builder(ActionCatalog catalog, Role role) {
        return new Builder(catalog, role);
    }

    public Role role() {
        return role;
    }

    public ActionCatalog catalog() {
        return catalog;
    }

    /** Outbound calls not yet answered: the outstanding one and those queued behind it. */
    public int pendingCalls() {
        return outbound.pending();
    }

    // Inbound

    /** One text frame from the peer. Never throws for anything the peer sent. */
    public void onText(String text) {
        Frame frame;
        try {
            frame = codec.parse(text);
        } catch (FrameException broken) {
            notifyListener(FrameListener.Direction.IN, text, null, broken);
            onBrokenFrame(broken);
            return;
        }
        notifyListener(FrameListener.Direction.IN, text, frame, null);
        switch (frame) {
            case Frame.Call call -> send(answer(call));
            case Frame.CallResult result -> onAnswer(result);
            case Frame.CallError error -> onAnswer(error);
        }
    }

    private Frame answer(Frame.Call call) {
        try {
            ActionDefinition action = catalog.inbound(call.action(), role);
            OcppRequest<?> request = decodeRequest(action, call.payload());
            OcppResponse response = handler.handle(action.name(), request);
            return new Frame.CallResult(call.messageId(), encodeResponse(action, response));
        } catch (OcppCallException refused) {
            log.info("[{}] answering {} {} with {}: {}", stationId, call.action(), call.messageId(),
                    refused.code(), refused.description());
            return callError(call.messageId(), refused.code(), refused.description(), refused.details());
        } catch (RuntimeException failure) {
            log.error("[{}] {} {} failed in its handler", stationId, call.action(), call.messageId(), failure);
            return callError(call.messageId(), ErrorCode.INTERNAL_ERROR,
                    "Internal error while handling " + call.action(), null);
        }
    }

    /** Decode failures become OcppCallExceptions here, so that a PayloadViolation from the handler is ours, not the peer's. */
    private OcppRequest<?> decodeRequest(ActionDefinition action, ObjectNode payload) {
        try {
            return OcppJson.decode(payload, action.requestType());
        } catch (PayloadViolation invalid) {
            ObjectNode details = OcppJson.mapper().createObjectNode().put("field", invalid.field());
            throw new OcppCallException(invalid.code(), invalid.getMessage(), details);
        }
    }

    private static ObjectNode encodeResponse(ActionDefinition action, OcppResponse response) {
        if (!action.responseType().isInstance(response)) {
            throw new IllegalStateException("The handler answered " + action.name() + " with "
                    + (response == null ? "null" : response.getClass().getName())
                    + " instead of " + action.responseType().getName());
        }
        return OcppJson.encode(response);
    }

    private void onBrokenFrame(FrameException broken) {
        if (broken.wasCall()) {
            String messageId = broken.messageId() != null ? broken.messageId() : UNKNOWN_MESSAGE_ID;
            log.warn("[{}] answering a malformed message {} with {}: {}", stationId, messageId, broken.code(),
                    broken.getMessage());
            send(callError(messageId, broken.code(), broken.getMessage(), null));
            return;
        }
        // A broken answer is never answered (a CALLERROR answers only a CALL); it fails the call it names.
        if (outbound.fail(broken.messageId(), action -> broken)) {
            log.warn("[{}] the answer to {} is malformed: {}", stationId, broken.messageId(), broken.getMessage());
        } else {
            log.warn("[{}] dropping a malformed answer to no outstanding call: {}", stationId, broken.getMessage());
        }
    }

    private void onAnswer(Frame answer) {
        boolean matched = switch (answer) {
            case Frame.CallResult result -> outbound.complete(result.messageId(), result.payload());
            case Frame.CallError error -> outbound.fail(error.messageId(),
                    action -> new CallErrorException(action, error.code(), error.description(), error.details()));
            case Frame.Call call -> throw new IllegalArgumentException("A CALL is not an answer");
        };
        if (!matched) {
            // OCPP-J 1.6 §4.1.3: an answer carries the id of the CALL it answers. One that matches no outstanding
            // call (it came after its timeout, or names a call never made) has nothing to complete, and answering
            // it is not allowed (a CALLERROR answers only a CALL), so it is logged and dropped.
            log.warn("[{}] dropping an answer for message {}: no call of ours is waiting for it", stationId,
                    answer.messageId());
        }
    }

    // Outbound

    /**
     * Sends a request once the calls before it are answered; completes with the peer's response record.
     * Fails with {@link CallErrorException}, {@link CallTimeoutException}, {@link CallQueueFullException},
     * {@link SessionClosedException}, a {@link PayloadViolation} when the peer's answer breaks the schema, or
     * the frame sink's exception when the frame could not be sent.
     *
     * @throws IllegalArgumentException when this role does not send this action (a programming error)
     */
    public <R extends OcppResponse> CompletableFuture<R> call(OcppRequest<R> request) {
        ActionDefinition action = catalog.findByRequestType(request.getClass()).orElseThrow(() ->
                new IllegalArgumentException(request.getClass().getName() + " is not a request of OCPP "
                        + catalog.version().subprotocol()));
        requireSentByUs(action);
        @SuppressWarnings("unchecked") // ActionDefinition's factories tie the response type to the request's R
        Class<R> responseType = (Class<R>) action.responseType();
        return enqueue(action, OcppJson.encode(request), answer -> OcppJson.decode(answer, responseType));
    }

    /**
     * Sends a payload given as JSON (a REST pass-through); completes with the peer's answer as JSON, checked
     * against the action's response record like {@link #call}. What is sent is the payload as read into the
     * request record and written back: what was validated is what goes out.
     *
     * @throws PayloadViolation synchronously, nothing sent, when the payload breaks the action's request schema
     * @throws IllegalArgumentException when the action is unknown or not sent by this role
     */
    public CompletableFuture<JsonNode> callRaw(String actionName, ObjectNode payload) {
        ActionDefinition action = catalog.find(actionName).orElseThrow(() ->
                new IllegalArgumentException(actionName + " is not an action of OCPP " + catalog.version().subprotocol()));
        requireSentByUs(action);
        Object request = OcppJson.decode(payload, action.requestType());
        Class<?> responseType = action.responseType();
        return enqueue(action, OcppJson.encode(request), answer -> {
            OcppJson.decode(answer, responseType);
            return answer;
        });
    }

    private void requireSentByUs(ActionDefinition action) {
        if (!action.direction().isSentBy(role)) {
            throw new IllegalArgumentException(role + " does not send " + action.name());
        }
    }

    private <T> CompletableFuture<T> enqueue(ActionDefinition action, ObjectNode payload, Function<JsonNode, T> readAnswer) {
        String messageId = UUID.randomUUID().toString();
        return outbound.add(new Frame.Call(messageId, action.name(), payload), readAnswer);
    }

    /** Fails the outstanding and all queued calls with {@link SessionClosedException}; later calls fail at once. */
    @Override
    public void close() {
        outbound.close();
    }

    // Frames out

    private Frame.CallError callError(String messageId, ErrorCode code, String description, JsonNode details) {
        String text = description == null ? "" : description;
        if (text.length() > MAX_DESCRIPTION_LENGTH) {
            text = text.substring(0, MAX_DESCRIPTION_LENGTH);
        }
        return new Frame.CallError(messageId, code, text, details != null ? details : OcppJson.mapper().createObjectNode());
    }

    private void send(Frame answer) {
        try {
            emit(answer);
        } catch (RuntimeException sinkFailure) {
            log.warn("[{}] could not send the answer to {}", stationId, answer.messageId(), sinkFailure);
        }
    }

    private void emit(Frame frame) {
        String text = codec.write(frame);
        notifyListener(FrameListener.Direction.OUT, text, frame, null);
        frameSink.accept(text);
    }

    private void notifyListener(FrameListener.Direction direction, String text, Frame frame, FrameException broken) {
        try {
            frameListener.onFrame(direction, text, frame, broken);
        } catch (RuntimeException failure) {
            log.warn("[{}] frame listener failed on a frame {}", stationId, direction, failure);
        }
    }

    /** What a session needs: a sink for frames out, a handler for calls in, a timer and timeout for calls out. */
    public static final class Builder {
        private final ActionCatalog catalog;
        private final Role role;
        private Consumer<String> frameSink;
        private CallHandler callHandler;
        private ScheduledExecutorService timer;
        private Duration callTimeout;
        private int maxQueuedCalls = 1000;
        private FrameListener frameListener = (direction, text, frame, broken) -> {
        };
        private String stationId = "-";

        private Builder(ActionCatalog catalog, Role role) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
            this.role = Objects.requireNonNull(role, "role");
        }

        /** Sends one text frame to the peer; thread-safe. */
        public Builder frameSink(Consumer<String> frameSink) {
            this.frameSink = frameSink;
            return this;
        }

        public Builder callHandler(CallHandler callHandler) {
            this.callHandler = callHandler;
            return this;
        }

        /** How long an outbound call waits for its answer once sent; the timer runs that wait. */
        public Builder callTimeout(Duration callTimeout, ScheduledExecutorService timer) {
            if (callTimeout.isNegative() || callTimeout.isZero()) {
                throw new IllegalArgumentException("The call timeout must be positive, was " + callTimeout);
            }
            this.callTimeout = callTimeout;
            this.timer = timer;
            return this;
        }

        /** How many outbound calls may wait behind the outstanding one; more fail with CallQueueFullException. */
        public Builder maxQueuedCalls(int maxQueuedCalls) {
            if (maxQueuedCalls < 0) {
                throw new IllegalArgumentException("maxQueuedCalls must not be negative");
            }
            this.maxQueuedCalls = maxQueuedCalls;
            return this;
        }

        public Builder frameListener(FrameListener frameListener) {
            this.frameListener = Objects.requireNonNull(frameListener, "frameListener");
            return this;
        }

        /** Named in every log line of the session. */
        public Builder stationId(String stationId) {
            this.stationId = Objects.requireNonNull(stationId, "stationId");
            return this;
        }

        public RpcSession build() {
            return new RpcSession(this);
        }
    }
}
