package io.gridcharge.gateway;

import io.gridcharge.domain.station.StationId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The live connection of each station on this node, in memory (single-node mode, DESIGN §5). At most one
 * per station: registering a new one hands back the one it replaces.
 */
public final class ConnectionRegistry {
    private final ConcurrentMap<StationId, StationConnection> live = new ConcurrentHashMap<>();

    public Optional<StationConnection> find(StationId id) {
        return Optional.ofNullable(live.get(id));
    }

    public Set<StationId> stationIds() {
        return Set.copyOf(live.keySet());
    }

    public int size() {
        return live.size();
    }

    /** Makes {@code connection} its station's live one; returns the connection it replaced, if any. */
    Optional<StationConnection> register(StationConnection connection) {
        return Optional.ofNullable(live.put(connection.stationId(), connection));
    }

    /** Removes {@code connection} if it is still its station's live one; false when a newer one replaced it. */
    boolean unregister(StationConnection connection) {
        return live.remove(connection.stationId(), connection);
    }
}
