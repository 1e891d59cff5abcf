package io.gridcharge.ocpp.client;

import io.gridcharge.ocpp.ActionCatalog;
import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.Role;
import io.gridcharge.ocpp.rpc.CallHandler;
import io.gridcharge.ocpp.rpc.RpcSession;
import io.gridcharge.ocpp.v16.Ocpp16Catalog;
import io.gridcharge.ocpp.v201.Ocpp201Catalog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The charging-station end of one OCPP-J connection, on the JDK's WebSocket client: it connects to
 * {@code <base>/<stationId>} offering the version's subprotocol (OCPP-J 1.6 §3.1), sends typed calls and
 * answers the central system's calls through a {@link CallHandler}. The RPC rules (one outstanding call,
 * timeouts, CALLERRORs) are {@link RpcSession}'s; this class is the transport around it.
 *
 * <p>Threads: the central system's messages are handled one at a time, in order, on this client's own
 * inbound thread; the handler runs there. Futures of {@link #callAsync} complete on that thread (or on the
 * timer's, for a timeout): follow-up work that blocks belongs on another executor. {@link #call},
 * {@link #callAsync} and {@link #close} may be used from any thread, except that {@link #call} refuses to
 * block the inbound thread, whose next message may be the very answer it waits for.
 */
public final class OcppStationClient implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OcppStationClient.class);

    private final String stationId;
    private final OcppVersion version;
    private final Duration closeTimeout;
    private final ExecutorService inbound;
    private volatile Thread inboundThread;
    private final CompletableFuture<WebSocket> opened = new CompletableFuture<>();
    private final CompletableFuture<CloseStatus> closeStatus = new CompletableFuture<>();
    private final TextFrameOutbox outbox;
    private final RpcSession rpc;
    private volatile WebSocket socket;

    private OcppStationClient(String stationId, OcppVersion version, CallHandler handler, Duration callTimeout) {
        this.stationId = stationId;
        this.version = version;
        this.closeTimeout = callTimeout;
        this.inbound = Executors.newSingleThreadExecutor(task -> {
            Thread thread = Thread.ofVirtual().name("ocpp-station-" + stationId).unstarted(task);
            inboundThread = thread;
            return thread;
        });
        this.outbox = new TextFrameOutbox(opened, this::sendFailed);
        this.rpc = RpcSession.builder(catalogOf(version), Role.STATION)
                .frameSink(outbox::send)
                .callHandler(Objects.requireNonNull(handler, "handler"))
                .callTimeout(callTimeout, Shared.CALL_TIMER)
                .stationId(stationId)
                .build();
    }

    /**
     * Opens the connection and returns once the handshake is done and the subprotocol agreed.
     *
     * @param base the central system's OCPP endpoint, e.g. {@code ws://host:8887/ocpp}; the station id is
     *     appended as one more path segment
     * @param password the Basic Auth password of OCPP 1.6 Security Profile 1 (user name: the station id), or
     *     null to send no credentials
     * @param handler answers the central system's calls, one at a time, on this client's inbound thread
     * @param callTimeout how long a call waits for its answer once sent; also bounds the opening and the
     *     closing handshakes
     * @throws OcppConnectException when the central system cannot be reached, refuses the handshake (its HTTP
     *     status is in the exception) or agrees on no subprotocol
     * @throws IllegalArgumentException for a base that is not a ws:// or wss:// URL, an empty station id, one
     *     with a colon when there is a password (RFC 7617 §2: no colon in a Basic user name), or a version this
     *     library has no message catalog for
     */
    public static OcppStationClient connect(URI base, String stationId, String password, OcppVersion version,
                                            CallHandler handler, Duration callTimeout) {
        Objects.requireNonNull(base, "base");
        if (stationId == null || stationId.isEmpty()) {
            throw new IllegalArgumentException("A station id is required");
        }
        if (password != null && stationId.indexOf(':') >= 0) {
            throw new IllegalArgumentException("Station id " + stationId + " has a colon, which Basic credentials "
                    + "cannot carry as a user name");
        }
        URI uri = StationEndpoint.of(base, stationId);
        OcppStationClient client = new OcppStationClient(stationId, version, handler, callTimeout);
        client.open(uri, password, callTimeout);
        return client;
    }

    private static ActionCatalog catalogOf(OcppVersion version) {
        return switch (Objects.requireNonNull(version, "version")) {
            case V16 -> Ocpp16Catalog.INSTANCE;
            case V201 -> Ocpp201Catalog.INSTANCE;
        };
    }

    private void open(URI uri, String password, Duration timeout) {
        WebSocket.Builder handshake = Shared.HTTP.newWebSocketBuilder()
                .subprotocols(version.subprotocol())
                .connectTimeout(timeout);
        if (password != null) {
            handshake.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (stationId + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        InboundMessages listener = new InboundMessages(stationId, inbound, rpc::onText, this::ended);
        CompletableFuture<WebSocket> handshakeDone = handshake.buildAsync(uri, listener);
        try {
            socket = handshakeDone.get(); // bounded by the connect timeout, which covers the whole handshake
        } catch (ExecutionException failed) {
            release();
            throw refused(uri, failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            handshakeDone.thenAccept(WebSocket::abort);
            release();
            throw new OcppConnectException("Interrupted while connecting station " + stationId + " to " + uri,
                    null, interrupted);
        }
        if (socket.getSubprotocol().isEmpty()) {
            // OCPP-J 1.6 §3.2: a server that speaks none of the offered versions completes the handshake without
            // a subprotocol and closes; there is nothing to say on such a connection.
            socket.abort();
            release();
            throw new OcppConnectException("The central system at " + uri + " agreed on no subprotocol; station "
                    + stationId + " offered " + version.subprotocol(), null, null);
        }
        opened.complete(socket);
        log.info("[{}] connected to {} over {}", stationId, uri, socket.getSubprotocol());
        socket.request(1);
    }

    private OcppConnectException refused(URI uri, Throwable cause) {
        if (cause instanceof WebSocketHandshakeException handshake) {
            int status = handshake.getResponse().statusCode();
            String said = handshake.getResponse().body() instanceof String body && !body.isBlank()
                    ? ": " + body.strip().lines().findFirst().orElse("") : "";
            return new OcppConnectException("The central system at " + uri + " refused station " + stationId
                    + " with HTTP " + status + said, status, cause);
        }
        return new OcppConnectException("Could not connect station " + stationId + " to " + uri + ": " + cause,
                null, cause);
    }

    // Calls

    /**
     * Sends a request and waits for the central system's response record.
     *
     * @throws io.gridcharge.ocpp.rpc.RpcException unwrapped, as the session fails the call: CallErrorException
     *     (a CALLERROR, with its code), CallTimeoutException, CallQueueFullException, SessionClosedException
     * @throws io.gridcharge.ocpp.validation.PayloadViolation when the central system's answer breaks the schema
     * @throws IllegalStateException when called on the inbound thread (from the handler, or a follow-up of a
     *     {@link #callAsync} future), where waiting would keep the answer from being read
     */
    public <R extends OcppResponse> R call(OcppRequest<R> request) {
        if (Thread.currentThread() == inboundThread) {
            throw new IllegalStateException("call() would block the thread that reads the central system's "
                    + "answers; use callAsync() there");
        }
        try {
            return rpc.call(request).get();
        } catch (ExecutionException failed) {
            throw unwrapped(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CompletionException("Interrupted while waiting for the answer to "
                    + request.getClass().getSimpleName(), interrupted);
        }
    }

    /** Sends a request; the future fails with the exceptions {@link #call} throws. */
    public <R extends OcppResponse> CompletableFuture<R> callAsync(OcppRequest<R> request) {
        return rpc.call(request);
    }

    private static RuntimeException unwrapped(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new CompletionException(cause);
    }

    // State and closing

    public String stationId() {
        return stationId;
    }

    public OcppVersion version() {
        return version;
    }

    /** Whether messages still flow both ways: false once either side has started closing. */
    public boolean isOpen() {
        return !socket.isOutputClosed() && !socket.isInputClosed() && !closeStatus.isDone();
    }

    /**
     * Completes when the connection has ended, with the central system's close code and reason (for example
     * 1000 and why, when a newer connection of the same station replaced this one), or 1006 when it ended
     * without a Close frame.
     */
    public CompletableFuture<CloseStatus> closed() {
        return closeStatus.copy();
    }

    /**
     * Closes with normal closure (1000) after what is already queued to send, and waits for the central
     * system's Close frame, at most the call timeout, then drops the connection. Unanswered calls fail with
     * SessionClosedException. On the inbound thread (from the handler) it does not wait.
     */
    @Override
    public void close() {
        rpc.close();
        if (closeStatus.isDone()) {
            return;
        }
        outbox.close(CloseStatus.NORMAL_CLOSURE, "");
        ScheduledFuture<?> deadline = Shared.CALL_TIMER.schedule(
                () -> drop("no Close frame from the central system within " + closeTimeout),
                closeTimeout.toNanos(), TimeUnit.NANOSECONDS);
        closeStatus.whenComplete((status, failure) -> deadline.cancel(false));
        if (Thread.currentThread() != inboundThread) {
            closeStatus.join(); // bounded by the deadline
        }
    }

    /** The first report wins: the peer's Close frame, a transport error, a failed send, or a drop. */
    private void ended(CloseStatus status) {
        if (!closeStatus.complete(status)) {
            return;
        }
        log.info("[{}] connection closed: {} {}", stationId, status.code(), status.reason());
        rpc.close();
        inbound.shutdown();
    }

    private void sendFailed(Throwable failure) {
        if (closeStatus.isDone()) {
            return; // the connection had ended: a send after that fails as expected
        }
        log.warn("[{}] a message could not be sent, dropping the connection: {}", stationId, failure.toString());
        drop("send failed: " + failure.getMessage());
    }

    private void drop(String why) {
        socket.abort();
        ended(CloseStatus.abnormal(why));
    }

    private void release() {
        rpc.close();
        inbound.shutdown();
    }

    /**
     * Made on first use and shared by every client in the JVM, as a simulator runs thousands of stations: one
     * HTTP client (one selector thread) and one timer, whose tasks are short: failing a timed-out call, dropping
     * a connection whose closing handshake overran. Cancelled timeouts (every answered call's) are removed at
     * once instead of waiting out their delay in the queue.
     */
    private static final class Shared {
        static final HttpClient HTTP = HttpClient.newHttpClient();
        static final ScheduledExecutorService CALL_TIMER = callTimer();

        private static ScheduledExecutorService callTimer() {
            ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1,
                    Thread.ofPlatform().name("ocpp-station-call-timer").daemon().factory());
            timer.setRemoveOnCancelPolicy(true);
            return timer;
        }
    }
}
