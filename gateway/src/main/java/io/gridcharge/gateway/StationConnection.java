package io.gridcharge.gateway;

import io.gridcharge.domain.journal.JournalEntry;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.ocpp.OcppVersion;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One station's live WebSocket. The event loop hands it text frames ({@link #frameArrived}); they are handled
 * in order on the station's {@link Mailbox}. When the mailbox is full the socket is no longer read until it
 * has drained to half (DESIGN §4: a slow database slows the station, it does not fill the heap); when the
 * station does not read our answers, its mailbox waits for the socket to take writes again.
 */
public final class StationConnection implements StationLink {
    private static final Logger LOG = LoggerFactory.getLogger(StationConnection.class);
    /** RFC 6455 §5.5: a control frame carries at most 125 bytes, two of them the close code. */
    private static final int MAX_CLOSE_REASON_BYTES = 123;

    private final StationId stationId;
    private final OcppVersion version;
    private final Channel channel;
    private final ConnectionServices services;
    private final Mailbox mailbox;
    private final Instant connectedAt;
    private final ReentrantLock writability = new ReentrantLock();
    private final Condition writable = writability.newCondition();
    private volatile StationSession session;
    private volatile long generation;

    StationConnection(StationId stationId, OcppVersion version, Channel channel, ConnectionServices services) {
        this.stationId = stationId;
        this.version = version;
        this.channel = channel;
        this.services = services;
        this.mailbox = new Mailbox(stationId.value(), services.config().mailboxCapacity(), this::frameDone);
        this.connectedAt = services.clock().instant();
    }

    @Override
    public StationId stationId() {
        return stationId;
    }

    @Override
    public OcppVersion version() {
        return version;
    }

    public Instant connectedAt() {
        return connectedAt;
    }

    public String remoteAddress() {
        return String.valueOf(channel.remoteAddress());
    }

    /** The version session, once the connection is open; commands go through it. */
    public StationSession session() {
        StationSession open = session;
        if (open == null) {
            throw new IllegalStateException("connection of " + stationId + " is not open yet");
        }
        return open;
    }

    /** The most inbound frames this connection held at once: never more than its mailbox capacity. */
    public int mostFramesHeld() {
        return mailbox.mostFrames();
    }

    public int mailboxCapacity() {
        return mailbox.capacity();
    }

    @Override
    public void send(String frame) {
        channel.writeAndFlush(new TextWebSocketFrame(frame)).addListener(future -> {
            if (!future.isSuccess()) {
                LOG.debug("station {}: frame not sent: {}", stationId, future.cause().toString());
            }
        });
    }

    @Override
    public void close(int code, String reason) {
        if (channel.isActive()) {
            channel.writeAndFlush(new CloseWebSocketFrame(code, truncated(reason)))
                    .addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void recordFrame(JournalEntry.Direction direction, String action, String messageId, String frame) {
        services.metrics().frame(direction == JournalEntry.Direction.IN ? "in" : "out", action);
        try {
            services.journal().append(new JournalEntry(stationId, services.clock().instant(), direction, action,
                    messageId, frame));
        } catch (RuntimeException e) {
            LOG.warn("station {}: journal append failed", stationId, e);
        }
    }

    @Override
    public <T> T timeHandler(String action, Supplier<T> handler) {
        return services.metrics().timeHandler(action, handler);
    }

    @Override
    public ScheduledExecutorService scheduler() {
        return services.scheduler();
    }

    @Override
    public Duration callTimeout() {
        return services.config().callTimeout();
    }

    // ---- called by the gateway ------------------------------------------------------------------------------

    /** Queues the open step ahead of every frame. */
    void open(Runnable step) {
        mailbox.offerControl(step);
    }

    void attach(StationSession session) {
        this.session = session;
    }

    void generation(long generation) {
        this.generation = generation;
    }

    boolean isActive() {
        return channel.isActive();
    }

    StationSession sessionOrNull() {
        return session;
    }

    long generation() {
        return generation;
    }

    /** Event loop: a text frame arrived. */
    void frameArrived(String frame) {
        boolean full = mailbox.offerFrame(() -> handle(frame));
        if (full) {
            channel.config().setAutoRead(false);
            services.metrics().readingPaused();
            LOG.debug("station {}: mailbox full, reading paused", stationId);
            // The mailbox may have drained between the offer and the pause, with nobody left to resume.
            resumeReadingIfDrained();
        }
    }

    /** Event loop: the socket closed; the close step runs after the frames already queued. */
    void closed(Runnable step) {
        signalWritability();
        mailbox.offerControl(step);
    }

    /** Event loop: the socket's outbound buffer crossed a water mark. */
    void signalWritability() {
        writability.lock();
        try {
            writable.signalAll();
        } finally {
            writability.unlock();
        }
    }

    private void handle(String frame) {
        if (!awaitWritable()) {
            return;
        }
        services.presence().seen(stationId);
        StationSession open = session;
        if (open != null) {
            open.onText(frame);
        }
    }

    /**
     * Waits while the station does not read what we send; closes the connection when it has not for three
     * ping intervals. False when the connection is gone.
     */
    private boolean awaitWritable() {
        if (channel.isWritable()) {
            return true;
        }
        long deadline = System.nanoTime() + services.config().pingInterval().multipliedBy(3).toNanos();
        writability.lock();
        try {
            while (channel.isActive() && !channel.isWritable()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.info("station {}: does not read its answers, closing", stationId);
                    close(1008, "Station does not read its answers");
                    return false;
                }
                writable.await(Math.min(left, TimeUnit.SECONDS.toNanos(1)), TimeUnit.NANOSECONDS);
            }
            return channel.isActive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            writability.unlock();
        }
    }

    /** Mailbox thread: a frame is done and {@code held} remain. */
    private void frameDone(int held) {
        if (held <= resumeMark() && !channel.config().isAutoRead()) {
            channel.eventLoop().execute(this::resumeReadingIfDrained);
        }
    }

    /** Event loop only, so that pausing and resuming never race each other. */
    private void resumeReadingIfDrained() {
        if (!channel.config().isAutoRead() && mailbox.frames() <= resumeMark() && channel.isActive()) {
            channel.config().setAutoRead(true);
            LOG.debug("station {}: mailbox drained, reading resumed", stationId);
        }
    }

    private int resumeMark() {
        return mailbox.capacity() / 2;
    }

    private static String truncated(String reason) {
        byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_CLOSE_REASON_BYTES) {
            return reason;
        }
        String cut = new String(bytes, 0, MAX_CLOSE_REASON_BYTES, StandardCharsets.UTF_8);
        // A multi-byte character cut in half decodes as U+FFFD; drop it.
        while (cut.endsWith("\uFFFD")) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut;
    }

    @Override
    public String toString() {
        return "StationConnection[" + stationId + ", " + version.subprotocol() + ", " + remoteAddress() + "]";
    }
}
