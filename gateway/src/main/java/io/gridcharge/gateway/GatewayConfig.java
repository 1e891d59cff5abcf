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
 * @param maxConcurrentAuthentications password checks (Argon2, slow on purpose) running at once; further
 *                        handshakes are answered 503 so that a reconnect storm cannot exhaust the machine
 */
public record GatewayConfig(String host, int port, int maxFrameBytes, Duration pingInterval,
                            Duration handshakeTimeout, int mailboxCapacity, Duration callTimeout,
                            int maxConcurrentAuthentications) {
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
        if (maxConcurrentAuthentications < 1) {
            throw new IllegalArgumentException("maxConcurrentAuthentications must be at least 1");
        }
    }

    /** 64 KiB frames, ping after 60 s of silence, 30 s call timeout, 4 frames per mailbox. */
    public static GatewayConfig defaults(String host, int port) {
        return new GatewayConfig(host, port, 64 * 1024, Duration.ofSeconds(60), Duration.ofSeconds(10), 4,
                Duration.ofSeconds(30), 2 * Runtime.getRuntime().availableProcessors());
    }

    public GatewayConfig withPingInterval(Duration interval) {
        return new GatewayConfig(host, port, maxFrameBytes, interval, handshakeTimeout, mailboxCapacity, callTimeout,
                maxConcurrentAuthentications);
    }

    public GatewayConfig withCallTimeout(Duration timeout) {
        return new GatewayConfig(host, port, maxFrameBytes, pingInterval, handshakeTimeout, mailboxCapacity, timeout,
                maxConcurrentAuthentications);
    }

    public GatewayConfig withMaxFrameBytes(int bytes) {
        return new GatewayConfig(host, port, bytes, pingInterval, handshakeTimeout, mailboxCapacity, callTimeout,
                maxConcurrentAuthentications);
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
