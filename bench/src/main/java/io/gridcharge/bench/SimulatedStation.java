package io.gridcharge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.json.OcppJson;
import io.gridcharge.ocpp.rpc.Frame;
import io.gridcharge.ocpp.rpc.FrameCodec;
import io.gridcharge.ocpp.v16.core.AuthorizeRequest;
import io.gridcharge.ocpp.v16.core.BootNotificationRequest;
import io.gridcharge.ocpp.v16.core.ChargePointErrorCode;
import io.gridcharge.ocpp.v16.core.ChargePointStatus;
import io.gridcharge.ocpp.v16.core.Measurand;
import io.gridcharge.ocpp.v16.core.MeterValue;
import io.gridcharge.ocpp.v16.core.MeterValuesRequest;
import io.gridcharge.ocpp.v16.core.Reason;
import io.gridcharge.ocpp.v16.core.SampledValue;
import io.gridcharge.ocpp.v16.core.StartTransactionRequest;
import io.gridcharge.ocpp.v16.core.StatusNotificationRequest;
import io.gridcharge.ocpp.v16.core.StopTransactionRequest;
import io.gridcharge.ocpp.v16.core.UnitOfMeasure;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One simulated OCPP 1.6 charge point on one connection. All its state is touched on its channel's event loop
 * only. It boots, reports connector 1 Available (the storm), then, once the run starts the mix, sends one call at a
 * time (OCPP-J 1.6 §4.1.1: at most one outstanding CALL), the next as soon as the previous one is answered or
 * timed out. Calls from the central system are answered with CALLERROR NotImplemented and counted.
 */
@ChannelHandler.Sharable // on one pipeline at a time: a new one when it connects again after a 503
final class SimulatedStation extends SimpleChannelInboundHandler<TextWebSocketFrame> {
    /** What a station waits before connecting again after a 503 without a usable Retry-After. */
    private static final long DEFAULT_RETRY_SECONDS = 5;


    /** What the run learns from a station. */
    interface Events {
        /** The station booted Accepted and reported its connector: it is ready for the mix. */
        void ready(SimulatedStation station);

        /** The station will take no part in the mix (refused connection, boot not Accepted, closed early). */
        void lost(SimulatedStation station, String why);

        /** Where answers and failures go now; never null. */
        ActionStats stats();

        /** Whether stations should keep sending after the current answer. */
        boolean running();

        /** The central system answered the handshake 503 (busy): connect again after that many seconds. */
        void retryLater(SimulatedStation station, long seconds);

        /** The connection of a station that was ready closed. */
        void disconnected(SimulatedStation station);

        /** A call from the central system arrived. */
        void serverCall(String action);
    }

    private static final int METER_STEP_WH = 10;

    private enum Phase { CONNECTING, BOOTING, REPORTING, READY, MIXING, STOPPED }

    private enum TxStep { NONE, AUTHORIZING, STARTING, METERING, STOPPING }

    private final String id;
    private final FrameCodec codec;
    private final Mix mix;
    private final String idTag;
    private final long callTimeoutNanos;
    private final Events events;
    private final long paceNanos;
    private long lastSentAt;

    private ChannelHandlerContext context;
    private Phase phase = Phase.CONNECTING;
    private TxStep txStep = TxStep.NONE;
    private Integer transactionId;
    private int meterWh;
    private long sequence;
    private String pendingId;
    private String pendingAction;
    private long pendingSince;
    private ScheduledFuture<?> pendingTimeout;
    private boolean settled;
    private boolean awaitingRetry;

    /**
     * @param paceNanos time from one call of the mix to the next (a paced, open-loop load, as stations send at
     *                  their own intervals); 0 sends the next call as soon as the last is answered
     */
    SimulatedStation(String id, FrameCodec codec, Mix mix, String idTag, long callTimeoutNanos, long paceNanos,
                     Events events) {
        this.id = id;
        this.paceNanos = paceNanos;
        this.codec = codec;
        this.mix = mix;
        this.idTag = idTag;
        this.callTimeoutNanos = callTimeoutNanos;
        this.events = events;
    }

    String id() {
        return id;
    }

    /** Starts sending the mix; call on any thread once the station is ready. */
    void startMix() {
        ChannelHandlerContext ctx = context;
        if (ctx == null) {
            return;
        }
        ctx.executor().execute(() -> {
            if (phase == Phase.READY) {
                phase = Phase.MIXING;
                if (paceNanos == 0) {
                    sendNext();
                } else { // stations start at random points of their interval, not all at once
                    ctx.executor().schedule(this::sendNext, ThreadLocalRandom.current().nextLong(paceNanos),
                            TimeUnit.NANOSECONDS);
                }
            }
        });
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        context = ctx;
        phase = Phase.CONNECTING;
        awaitingRetry = false;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event == ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
            phase = Phase.BOOTING;
            send("BootNotification", new BootNotificationRequest("GridCharge", "Bench", id, null, "bench-1", null, null,
                    null, null));
        } else if (event == ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
            settle("the WebSocket handshake timed out");
            ctx.close();
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame message) {
        String text = message.text();
        if (phase == Phase.MIXING && txStep == TxStep.NONE && pendingId != null
                && pendingId.equals(MixFrames.callResultId(text))) {
            // The answer to a mix message: only its arrival counts, its payload is never read.
            String action = clearPending();
            events.stats().answered(action, (System.nanoTime() - pendingSince) / 1_000);
            next();
            return;
        }
        Frame frame;
        try {
            frame = codec.parse(text);
        } catch (RuntimeException e) {
            events.serverCall("(unparsable)");
            return;
        }
        switch (frame) {
            case Frame.Call call -> {
                events.serverCall(call.action());
                ctx.writeAndFlush(new TextWebSocketFrame(codec.write(new Frame.CallError(call.messageId(),
                        ErrorCode.NOT_IMPLEMENTED, "A benchmark station", OcppJson.mapper().createObjectNode()))));
            }
            case Frame.CallResult result -> {
                if (result.messageId().equals(pendingId)) {
                    String action = clearPending();
                    events.stats().answered(action, (System.nanoTime() - pendingSince) / 1_000);
                    answered(action, result.payload());
                }
            }
            case Frame.CallError error -> {
                if (error.messageId().equals(pendingId)) {
                    String action = clearPending();
                    events.stats().failed(action, ActionStats.Failure.CALL_ERROR);
                    failedCall(action, "CALLERROR " + error.code() + ": " + error.description());
                }
            }
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (ctx != context) { // the connection refused with 503 closing after the station connected again
            super.channelInactive(ctx);
            return;
        }
        if (pendingId != null) {
            events.stats().failed(clearPending(), ActionStats.Failure.DISCONNECT);
        }
        if (phase == Phase.READY || phase == Phase.MIXING) {
            events.disconnected(this);
        }
        if (awaitingRetry) {
            super.channelInactive(ctx);
            return;
        }
        settle("the connection closed");
        phase = Phase.STOPPED;
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (phase == Phase.CONNECTING && cause instanceof WebSocketClientHandshakeException refused
                && refused.response() != null
                && refused.response().status().code() == HttpResponseStatus.SERVICE_UNAVAILABLE.code()) {
            awaitingRetry = true;
            events.retryLater(this, retryAfterSeconds(refused.response().headers().get(HttpHeaderNames.RETRY_AFTER)));
            ctx.close();
            return;
        }
        settle(cause.getClass().getSimpleName() + ": " + cause.getMessage());
        ctx.close();
    }

    private void answered(String action, JsonNode payload) {
        switch (phase) {
            case BOOTING -> {
                if ("Accepted".equals(payload.path("status").asText())) {
                    phase = Phase.REPORTING;
                    send("StatusNotification", status(ChargePointStatus.Available));
                } else {
                    events.stats().failed(action, ActionStats.Failure.REFUSED);
                    settle("BootNotification answered " + payload.path("status").asText());
                    phase = Phase.STOPPED;
                }
            }
            case REPORTING -> {
                phase = Phase.READY;
                if (!settled) {
                    settled = true;
                    events.ready(this);
                }
            }
            case MIXING -> {
                advanceTransaction(action, payload);
                next();
            }
            default -> {
            }
        }
    }

    private void failedCall(String action, String why) {
        switch (phase) {
            case BOOTING, REPORTING -> {
                settle(action + " failed: " + why);
                phase = Phase.STOPPED;
            }
            case MIXING -> {
                txStep = TxStep.NONE;
                transactionId = null;
                next();
            }
            default -> {
            }
        }
    }

    private void advanceTransaction(String action, JsonNode payload) {
        switch (txStep) {
            case AUTHORIZING -> {
                if ("Accepted".equals(payload.path("idTagInfo").path("status").asText())) {
                    txStep = TxStep.STARTING;
                } else {
                    events.stats().failed(action, ActionStats.Failure.REFUSED);
                    txStep = TxStep.NONE;
                }
            }
            case STARTING -> {
                if (payload.path("transactionId").isInt()) {
                    // A start the CSMS refuses (ConcurrentTx, Blocked) still has its id, and is stopped as a
                    // station would, but counts as refused.
                    if (!"Accepted".equals(payload.path("idTagInfo").path("status").asText())) {
                        events.stats().failed(action, ActionStats.Failure.REFUSED);
                    }
                    transactionId = payload.path("transactionId").intValue();
                    txStep = TxStep.METERING;
                } else {
                    events.stats().failed(action, ActionStats.Failure.REFUSED);
                    txStep = TxStep.NONE;
                }
            }
            case METERING -> txStep = TxStep.STOPPING;
            case STOPPING -> {
                txStep = TxStep.NONE;
                transactionId = null;
            }
            case NONE -> {
            }
        }
    }

    /** The next call of the mix: now, or when this station's pace says, whichever is later. */
    private void next() {
        long wait = paceNanos == 0 ? 0 : lastSentAt + paceNanos - System.nanoTime();
        if (wait <= 0) {
            sendNext();
        } else {
            context.executor().schedule(this::sendNext, wait, TimeUnit.NANOSECONDS);
        }
    }

    private void sendNext() {
        if (!events.running() || phase != Phase.MIXING || !context.channel().isActive()) {
            return;
        }
        switch (txStep) {
            case NONE -> {
                String messageId = Long.toString(++sequence);
                switch (mix.draw()) {
                    case HEARTBEAT -> sendText("Heartbeat", messageId, MixFrames.heartbeat(messageId));
                    case STATUS -> sendText("StatusNotification", messageId,
                            MixFrames.available(messageId, Instant.now()));
                    case METER -> {
                        meterWh += METER_STEP_WH;
                        sendText("MeterValues", messageId,
                                MixFrames.energyReading(messageId, null, meterWh, Instant.now()));
                    }
                    case TX -> {
                        txStep = TxStep.AUTHORIZING;
                        send("Authorize", new AuthorizeRequest(idTag));
                    }
                }
            }
            case STARTING -> send("StartTransaction", new StartTransactionRequest(1, idTag, meterWh, null, Instant.now()));
            case METERING -> send("MeterValues", meterValues(transactionId));
            case STOPPING -> send("StopTransaction", new StopTransactionRequest(idTag, meterWh, Instant.now(),
                    transactionId, Reason.Local, null));
            case AUTHORIZING -> throw new IllegalStateException("Authorize is sent when the transaction is drawn");
        }
    }

    private static StatusNotificationRequest status(ChargePointStatus status) {
        return new StatusNotificationRequest(1, ChargePointErrorCode.NoError, null, status, Instant.now(), null, null);
    }

    private MeterValuesRequest meterValues(Integer transaction) {
        meterWh += METER_STEP_WH;
        SampledValue energy = new SampledValue(Integer.toString(meterWh), null, null,
                Measurand.Energy_Active_Import_Register, null, null, UnitOfMeasure.Wh);
        return new MeterValuesRequest(1, transaction, List.of(new MeterValue(Instant.now(), List.of(energy))));
    }

    private void send(String action, OcppRequest<?> request) {
        String messageId = Long.toString(++sequence);
        sendText(action, messageId, codec.write(new Frame.Call(messageId, action, OcppJson.encode(request))));
    }

    private void sendText(String action, String messageId, String text) {
        pendingId = messageId;
        pendingAction = action;
        pendingSince = System.nanoTime();
        lastSentAt = pendingSince;
        pendingTimeout = context.executor().schedule(() -> timedOut(messageId), callTimeoutNanos, TimeUnit.NANOSECONDS);
        context.writeAndFlush(new TextWebSocketFrame(text));
    }

    private void timedOut(String messageId) {
        if (messageId.equals(pendingId)) {
            String action = clearPending();
            events.stats().failed(action, ActionStats.Failure.TIMEOUT);
            failedCall(action, "no answer in time");
        }
    }

    private String clearPending() {
        String action = pendingAction;
        pendingId = null;
        pendingAction = null;
        if (pendingTimeout != null) {
            pendingTimeout.cancel(false);
            pendingTimeout = null;
        }
        return action;
    }

    /** RFC 9110 §10.2.3: delay-seconds; an HTTP date or garbage gets the default. */
    static long retryAfterSeconds(String header) {
        if (header != null) {
            try {
                return Math.max(0, Long.parseLong(header.trim()));
            } catch (NumberFormatException e) {
                return DEFAULT_RETRY_SECONDS;
            }
        }
        return DEFAULT_RETRY_SECONDS;
    }

    /** The TCP connection could not be opened. */
    void connectFailed(String why) {
        settle(why);
    }

    private void settle(String why) {
        if (!settled) {
            settled = true;
            events.lost(this, why);
        }
    }
}
