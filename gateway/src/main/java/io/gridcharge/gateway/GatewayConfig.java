package io.gridcharge.gateway;

import java.time.Duration;

/**
 * How the OCPP gateway listens and guards its connections.
 *
 * @param host            address to bind, e.g. "0.0.0.0"
 * @param port            TCP port; 0 picks a free one (tests)
 * @param maxFrameBytes   largest WebSocket message accepted; a larger one closes the connection with 1009
 * @param pingInterval    the server pings a station it has not heard from for this long, and closes the
 *                        connection after three such intervals of silence (half-open sockets)
 * @param handshakeTimeout how long a new TCP connection may take to complete its WebSocket handshake
 * @param mailboxCapacity inbound frames held per station before the gateway stops reading its socket
 *                        (DESIGN §4); OCPP allows one outstanding call per direction, so a well-behaved
 *                        station never has more than about two queued
 * @param callTimeout     how long a call to a station waits for its answer
 * @param maxPendingHandshakes handshakes being admitted at once (the station looked up, its password or
 *                        certificate checked, off the event loop); further ones are answered 503 with
 *                        Retry-After, so that a reconnect storm queues at the stations, not in this process
 */
public record GatewayConfig(String host, int port, int maxFrameBytes, Duration pingInterval,
                            Duration handshakeTimeout, int mailboxCapacity, Duration callTimeout,
                            int maxPendingHandshakes) {
    /**
     * Enough to keep the database pool busy through a storm, few enough that the waiting handshakes (a virtual
     * thread and the request each) stay a few megabytes.
     */
    public static final int DEFAULT_PENDING_HANDSHAKES = 1024;

    public GatewayConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is required");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535");
        }
        if (maxFrameBytes < 1024) {
            throw new IllegalArgumentException("maxFrameBytes must be at least 1024");
        }
        requirePositive(pingInterval, "pingInterval");
        requirePositive(handshakeTimeout, "handshakeTimeout");
        requirePositive(callTimeout, "callTimeout");
        if (mailboxCapacity < 2) {
            throw new IllegalArgumentException("mailboxCapacity must be at least 2");
        }
        if (maxPendingHandshakes < 1) {
            throw new IllegalArgumentException("maxPendingHandshakes must be at least 1");
        }
    }

    /**
     * 64 KiB frames, ping after 60 s of silence, 30 s call timeout, 4 frames per mailbox, 1,024 handshakes being
     * admitted at once.
     */
    public static GatewayConfig defaults(String host, int port) {
        return new GatewayConfig(host, port, 64 * 1024, Duration.ofSeconds(60), Duration.ofSeconds(10), 4,
                Duration.ofSeconds(30), DEFAULT_PENDING_HANDSHAKES);
    }

    public GatewayConfig withPingInterval(Duration interval) {
        return new GatewayConfig(host, port, maxFrameBytes, interval, handshakeTimeout, mailboxCapacity, callTimeout,
                maxPendingHandshakes);
    }

    public GatewayConfig withCallTimeout(Duration timeout) {
        return new GatewayConfig(host, port, maxFrameBytes, pingInterval, handshakeTimeout, mailboxCapacity, timeout,
                maxPendingHandshakes);
    }

    public GatewayConfig withMaxFrameBytes(int bytes) {
        return new GatewayConfig(host, port, bytes, pingInterval, handshakeTimeout, mailboxCapacity, callTimeout,
                maxPendingHandshakes);
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
