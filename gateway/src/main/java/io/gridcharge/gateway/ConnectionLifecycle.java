package io.gridcharge.gateway;

import io.gridcharge.domain.station.StationPresence;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens and closes station connections: registry, presence and the version session, in that order, with
 * one live connection per station. A station's open and close steps run under that station's lock, so that
 * registry and presence agree on which connection is the newest even when two race.
 */
final class ConnectionLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionLifecycle.class);
    /** OCPP-J has no close code for this; 1000 with the reason spelled out tells the old socket's owner why. */
    static final int REPLACED_CODE = 1000;
    static final String REPLACED_REASON = "Replaced by a newer connection of the same station";

    private final ConnectionRegistry registry;
    private final StationPresence presence;
    private final ReentrantLock[] stripes = new ReentrantLock[64];

    ConnectionLifecycle(ConnectionRegistry registry, StationPresence presence) {
        this.registry = registry;
        this.presence = presence;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** Mailbox thread, before the connection's first frame. */
    void open(StationConnection connection, ProtocolAdapter adapter) {
        if (!connection.isActive()) {
            // Gone before it opened: registering it would close the station's live connection for nothing.
            LOG.info("station {}: connection closed before it opened", connection.stationId());
            return;
        }
        StationSession session;
        try {
            session = adapter.open(connection);
        } catch (RuntimeException e) {
            LOG.error("station {}: could not open an {} session", connection.stationId(),
                    adapter.version().subprotocol(), e);
            connection.close(1011, "Internal error");
            return;
        }
        // Attached before it is registered: a command that finds the connection finds its session.
        connection.attach(session);
        StationConnection replaced;
        ReentrantLock lock = stripeOf(connection);
        lock.lock();
        try {
            replaced = registry.register(connection).orElse(null);
            connection.generation(presence.connected(connection.stationId(), adapter.version().subprotocol()));
        } finally {
            lock.unlock();
        }
        LOG.info("station {}: connected over {} from {}", connection.stationId(), adapter.version().subprotocol(),
                connection.remoteAddress());
        if (replaced != null) {
            LOG.info("station {}: closing its previous connection from {}", connection.stationId(),
                    replaced.remoteAddress());
            replaced.close(REPLACED_CODE, REPLACED_REASON);
        }
    }

    /** Mailbox thread, after the connection's last frame. */
    void closed(StationConnection connection) {
        boolean wasLive;
        ReentrantLock lock = stripeOf(connection);
        lock.lock();
        try {
            wasLive = registry.unregister(connection);
            presence.disconnected(connection.stationId(), connection.generation());
        } finally {
            lock.unlock();
        }
        StationSession session = connection.sessionOrNull();
        if (session != null) {
            session.close();
        }
        LOG.info("station {}: disconnected{}", connection.stationId(), wasLive ? "" : " (had been replaced)");
    }

    private ReentrantLock stripeOf(StationConnection connection) {
        return stripes[Math.floorMod(connection.stationId().hashCode(), stripes.length)];
    }
}
