package io.gridcharge.domain.station;

import io.gridcharge.domain.event.DomainEvent;
import io.gridcharge.domain.event.EventPublisher;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A station reports a connector's status (OCPP 1.6 §4.9, 2.0.1 G01): kept, and announced to live views.
 *
 * <p>Stations repeat their status (on every boot, when triggered, periodically in some firmware, and in the
 * benchmark's mix a quarter of all messages), and a report that only repeats what is stored touches memory, not
 * the database (issue 5): this node remembers what it last wrote for each connector of each connected station
 * and writes only a change (status, error code, info or vendor code). The stored time is then when the connector
 * came into its status ("since"), and only a change is announced. The memory is forgotten when the station
 * connects or disconnects, so that the first report over every connection is written, whichever node wrote
 * last; only this service writes connector rows.
 */
public final class ConnectorStatusReport implements Consumer<DomainEvent> {
    private final StationRepository stations;
    private final EventPublisher events;
    private final Clock clock;
    private final Map<StationId, Map<Integer, Connector>> written = new ConcurrentHashMap<>();
    /** The same for the connectors of 2.0.1 EVSEs: the status last written for each (EVSE id, connector id). */
    private final Map<StationId, Map<List<Integer>, ConnectorStatus>> writtenOfEvses = new ConcurrentHashMap<>();

    public ConnectorStatusReport(StationRepository stations, EventPublisher events, Clock clock) {
        this.stations = stations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * {@code reportedAt} is the station's timestamp when it gave one, else the platform's clock. Returns the
     * connector as stored: a repeated report returns the stored one, with the time its status began.
     */
    public Connector report(StationId id, int connectorId, ConnectorStatus status, String errorCode, String info,
                            String vendorErrorCode, Instant reportedAt) {
        Connector connector = new Connector(connectorId, status, errorCode, info, vendorErrorCode,
                reportedAt != null ? reportedAt : clock.instant());
        Connector stored = written.getOrDefault(id, Map.of()).get(connectorId);
        if (stored != null && sameState(stored, connector)) {
            return stored;
        }
        stations.saveConnector(id, connector);
        written.compute(id, (station, connectors) -> {
            Map<Integer, Connector> next = connectors == null ? new HashMap<>(2) : new HashMap<>(connectors);
            next.put(connectorId, connector);
            return Map.copyOf(next);
        });
        events.publish(new StationEvents.ConnectorStatusChanged(id, connector, clock.instant()));
        return connector;
    }

    /** A station that connects or goes is forgotten: its next report is written whatever it says. */
    @Override
    public void accept(DomainEvent event) {
        switch (event) {
            case StationEvents.Connected connected -> forget(connected.stationId());
            case StationEvents.Disconnected disconnected -> forget(disconnected.stationId());
            default -> {
            }
        }
    }

    private void forget(StationId station) {
        written.remove(station);
        writtenOfEvses.remove(station);
    }

    private static boolean sameState(Connector a, Connector b) {
        return a.status() == b.status() && Objects.equals(a.errorCode(), b.errorCode())
                && Objects.equals(a.info(), b.info()) && Objects.equals(a.vendorErrorCode(), b.vendorErrorCode());
    }

    /**
     * OCPP 2.0.1 G01: the state of one connector of an EVSE is kept, and the EVSE, the domain's connector, takes
     * the state its connectors give it together ({@link EvseConnector#evseState}). A status the connector only
     * repeats leaves the connector and its EVSE as they are, without reading or writing, as {@link #report} does.
     */
    public Connector reportOfEvseConnector(StationId id, int evseId, int connectorId, ConnectorStatus status,
                                           Instant reportedAt) {
        List<Integer> place = List.of(evseId, connectorId);
        Connector evse = written.getOrDefault(id, Map.of()).get(evseId);
        if (evse != null && writtenOfEvses.getOrDefault(id, Map.of()).get(place) == status) {
            return evse;
        }
        EvseConnector reported = new EvseConnector(evseId, connectorId, status,
                reportedAt != null ? reportedAt : clock.instant());
        stations.saveEvseConnector(id, reported);
        writtenOfEvses.compute(id, (station, connectors) -> {
            Map<List<Integer>, ConnectorStatus> next = connectors == null ? new HashMap<>(2) : new HashMap<>(connectors);
            next.put(place, status);
            return Map.copyOf(next);
        });
        List<EvseConnector> ofTheEvse = stations.evseConnectors(id).stream()
                .filter(c -> c.evseId() == evseId).toList();
        return report(id, evseId, EvseConnector.evseState(ofTheEvse.isEmpty() ? List.of(reported) : ofTheEvse),
                null, null, null, reported.reportedAt());
    }
}
