package io.gridcharge.domain.station;

import io.gridcharge.domain.event.EventPublisher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which stations are connected and when each was last heard from, in memory: every frame touches it, so
 * it must not cost a database write (DESIGN §2). {@link #flushLastSeen} writes the changes in one batch;
 * {@link #detectOffline} marks stations silent for longer than the allowed number of heartbeat intervals.
 */
public final class StationPresence {
    private final Clock clock;
    private final EventPublisher events;
    private final StationRepository stations;
    private final Map<StationId, Entry> entries = new ConcurrentHashMap<>();

    private final AtomicLong generations = new AtomicLong();

    private static final class Entry {
        final long generation;
        final String protocol;
        volatile Instant lastSeen;
        volatile boolean dirty = true;
        volatile boolean offline;

        Entry(long generation, String protocol, Instant lastSeen) {
            this.generation = generation;
            this.protocol = protocol;
            this.lastSeen = lastSeen;
        }
    }

    public StationPresence(Clock clock, EventPublisher events, StationRepository stations) {
        this.clock = clock;
        this.events = events;
        this.stations = stations;
    }

    /**
     * Marks the station connected and returns this connection's generation, which the caller hands back to
     * {@link #disconnected}: when a station reconnects, the old connection's late close must not mark the
     * new one gone.
     */
    public long connected(StationId id, String protocol) {
        Instant now = clock.instant();
        long generation = generations.incrementAndGet();
        entries.put(id, new Entry(generation, protocol, now));
        events.publish(new StationEvents.Connected(id, protocol, now));
        return generation;
    }

    /** Called when a connection ends; a newer connection of the same station is left alone. */
    public void disconnected(StationId id, long generation) {
        Entry current = entries.get(id);
        if (current != null && current.generation == generation && entries.remove(id, current)) {
            Entry gone = current;
            stations.updateLastSeen(Map.of(id, gone.lastSeen));
            events.publish(new StationEvents.Disconnected(id, clock.instant()));
        }
    }

    public void seen(StationId id) {
        Entry entry = entries.get(id);
        if (entry != null) {
            entry.lastSeen = clock.instant();
            entry.dirty = true;
            entry.offline = false;
        }
    }

    public boolean isConnected(StationId id) {
        return entries.containsKey(id);
    }

    public Optional<Instant> lastSeen(StationId id) {
        return Optional.ofNullable(entries.get(id)).map(e -> e.lastSeen);
    }

    public Optional<String> protocol(StationId id) {
        return Optional.ofNullable(entries.get(id)).map(e -> e.protocol);
    }

    public Set<StationId> connectedStations() {
        return Set.copyOf(entries.keySet());
    }

    public int connectedCount() {
        return entries.size();
    }

    /** Writes every last-seen time that changed since the previous flush, in one batch. */
    public void flushLastSeen() {
        Map<StationId, Instant> changed = new HashMap<>();
        entries.forEach((id, entry) -> {
            if (entry.dirty) {
                entry.dirty = false;
                changed.put(id, entry.lastSeen);
            }
        });
        if (!changed.isEmpty()) {
            stations.updateLastSeen(changed);
        }
    }

    /**
     * Raises {@link StationEvents.WentOffline} once for each station silent for more than
     * {@code missedIntervals} heartbeat intervals; it is raised again only after the station was heard again.
     */
    public void detectOffline(Duration heartbeatInterval, int missedIntervals) {
        Instant now = clock.instant();
        Instant deadline = now.minus(heartbeatInterval.multipliedBy(missedIntervals));
        entries.forEach((id, entry) -> {
            if (!entry.offline && entry.lastSeen.isBefore(deadline)) {
                entry.offline = true;
                events.publish(new StationEvents.WentOffline(id, entry.lastSeen, now));
            }
        });
    }

    public boolean isOffline(StationId id) {
        Entry entry = entries.get(id);
        return entry == null || entry.offline;
    }
}
