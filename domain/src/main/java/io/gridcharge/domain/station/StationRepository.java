package io.gridcharge.domain.station;

import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where stations are kept. Each method is one database transaction. */
public interface StationRepository {

    /** Adds a new station; false when one with that id exists already (nothing is changed then). */
    boolean insert(Station station);

    Optional<Station> find(StationId id);

    /**
     * The station without its connectors: what a handshake and a boot need (registration, password hash), in one
     * read instead of the station and then its connectors in a transaction. Its {@code connectors()} may be
     * empty whatever the station has.
     */
    default Optional<Station> findWithoutConnectors(StationId id) {
        return find(id);
    }

    Page<Station> list(StationQuery query, PageRequest page);

    /** Replaces the administrative fields: name, password hash, registration. */
    void updateAdministration(StationId id, String name, String passwordHash, RegistrationStatus registration);

    /** Records a boot: what the station said, over which protocol, and when. */
    void recordBoot(StationId id, BootInfo boot, String protocol, Instant at);

    /** Inserts or replaces the state of one connector. */
    void saveConnector(StationId id, Connector connector);

    /** Writes the last-seen times of many stations in one statement (presence is flushed, not written per frame). */
    void updateLastSeen(Map<StationId, Instant> lastSeen);

    /** Deletes the station and its connectors; false when there was none. */
    boolean delete(StationId id);

    /** Inserts or replaces the state of one connector of a 2.0.1 EVSE. */
    void saveEvseConnector(StationId id, EvseConnector connector);

    /** The connectors of a 2.0.1 station's EVSEs, by EVSE and connector; empty for a 1.6 station. */
    List<EvseConnector> evseConnectors(StationId id);
}
