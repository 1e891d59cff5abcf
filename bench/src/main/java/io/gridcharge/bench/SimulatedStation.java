package io.gridcharge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.json.OcppJson;
import io.gridcharge.ocpp.rpc.Frame;
import io.gridcharge.ocpp.rpc.FrameCodec;
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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One simulated charge point on one connection, speaking OCPP 1.6 or 2.0.1 as its {@link StationFrames} do. All
 * its state is touched on its channel's event loop only. It boots, reports connector 1 Available (the storm),
 * then, once the run starts the mix, sends one call at a time (OCPP-J 1.6 §4.1.1, 2.0.1 Part 4 §4.1.1: at most one
 * outstanding CALL), the next as soon as the previous one is answered or timed out. Calls from the central system are answered with CALLERROR NotImplemented and counted.
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
    private final StationFrames frames;
    private final Mix mix;
    private final String idTag;
    private final long callTimeoutNanos;
    private final Events events;
    private final long paceNanos;
    private long lastSentAt;

    private ChannelHandlerContext context;
    private Phase phase = Phase.CONNECTING;
    private TxStep txStep = TxStep.NONE;
    private String transactionId;
    private int transactions;
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
    SimulatedStation(String id, FrameCodec codec, StationFrames frames, Mix mix, String idTag, long callTimeoutNanos,
                     long paceNanos, Events events) {
        this.id = id;
        this.paceNanos = paceNanos;
        this.codec = codec;
        this.frames = frames;
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
            String messageId = Long.toString(++sequence);
            sendText("BootNotification", messageId, frames.boot(messageId, id));
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
                    String messageId = Long.toString(++sequence);
                    sendText("StatusNotification", messageId, frames.available(messageId, Instant.now()));
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
                if (frames.tokenAccepted(payload)) {
                    txStep = TxStep.STARTING;
                } else {
                    events.stats().failed(action, ActionStats.Failure.REFUSED);
                    txStep = TxStep.NONE;
                }
            }
            case STARTING -> {
                transactionId = frames.startedTransactionId(payload, transactionId);
                if (transactionId != null) {
                    // A start the CSMS refuses (ConcurrentTx, Blocked) still has its id, and is stopped as a
                    // station would, but counts as refused.
                    if (!frames.tokenAccepted(payload)) {
                        events.stats().failed(action, ActionStats.Failure.REFUSED);
                    }
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
        String messageId = Long.toString(++sequence);
        Instant now = Instant.now();
        switch (txStep) {
            case NONE -> {
                switch (mix.draw()) {
                    case HEARTBEAT -> sendText("Heartbeat", messageId, frames.heartbeat(messageId));
                    case STATUS -> sendText("StatusNotification", messageId, frames.available(messageId, now));
                    case METER -> {
                        meterWh += METER_STEP_WH;
                        sendText("MeterValues", messageId, frames.energyReading(messageId, meterWh, now));
                    }
                    case TX -> {
                        txStep = TxStep.AUTHORIZING;
                        sendText("Authorize", messageId, frames.authorize(messageId, idTag));
                    }
                }
            }
            case STARTING -> {
                transactionId = id + "-" + ++transactions; // the station's own id, where the version has one
                sendText(frames.startedName(), messageId, frames.start(messageId, idTag, transactionId, meterWh, now));
            }
            case METERING -> {
                meterWh += METER_STEP_WH;
                sendText(frames.readingName(), messageId, frames.reading(messageId, transactionId, meterWh, now));
            }
            case STOPPING -> sendText(frames.stopName(), messageId,
                    frames.stop(messageId, idTag, transactionId, meterWh, now));
            case AUTHORIZING -> throw new IllegalStateException("Authorize is sent when the transaction is drawn");
        }
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
