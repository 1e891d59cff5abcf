package io.gridcharge.gateway;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * The gateway's meters (DESIGN §6): stations connected now, frames in and out by action, handler latency by
 * action, refused handshakes by reason, and how often backpressure stopped reading a station. Action tags come from the version's action catalog or read
 * "unknown", so a station cannot grow the number of series by inventing actions.
 */
public final class GatewayMetrics {
    static final String UNKNOWN_ACTION = "unknown";

    private final MeterRegistry registry;
    private final Set<String> knownActions;
    private final Map<String, Counter> frames = new ConcurrentHashMap<>();
    private final Map<String, Timer> handlers = new ConcurrentHashMap<>();

    GatewayMetrics(MeterRegistry registry, ConnectionRegistry connections, Set<String> knownActions) {
        this.registry = registry;
        this.knownActions = Set.copyOf(knownActions);
        Gauge.builder("gridcharge.gateway.connections", connections, ConnectionRegistry::size)
                .description("Stations connected to this node")
                .register(registry);
    }

    /** Handshakes being admitted now: the station looked up, its password or certificate checked (issue 5). */
    void watchPendingHandshakes(Semaphore slots, int capacity) {
        Gauge.builder("gridcharge.gateway.handshakes.pending", slots, s -> capacity - s.availablePermits())
                .description("Handshakes being admitted now; at " + capacity + " further ones are answered 503")
                .register(registry);
    }

    void frame(String direction, String action) {
        String tag = tagOf(action);
        frames.computeIfAbsent(direction + " " + tag, key -> Counter.builder("gridcharge.gateway.frames")
                .description("OCPP frames by direction and action")
                .tag("direction", direction)
                .tag("action", tag)
                .register(registry)).increment();
    }

    <T> T timeHandler(String action, Supplier<T> handler) {
        return handlers.computeIfAbsent(tagOf(action), tag -> Timer.builder("gridcharge.gateway.handler")
                .description("Time to handle a station's call, by action")
                .tag("action", tag)
                .register(registry)).record(handler);
    }

    private String tagOf(String action) {
        return action != null && knownActions.contains(action) ? action : UNKNOWN_ACTION;
    }

    /** A station's mailbox filled and its socket stopped being read (DESIGN §4 backpressure). */
    void readingPaused() {
        Counter.builder("gridcharge.gateway.reading.paused")
                .description("Times a station's socket stopped being read because its mailbox was full")
                .register(registry)
                .increment();
    }

    void handshakeRefused(String reason) {
        Counter.builder("gridcharge.gateway.handshakes.refused")
                .description("WebSocket handshakes refused, by reason")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }
}
