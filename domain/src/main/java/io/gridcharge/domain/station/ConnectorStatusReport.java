package io.gridcharge.domain.station;

import io.gridcharge.domain.event.EventPublisher;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** A station reports a connector's status (OCPP 1.6 §4.9, 2.0.1 G01): kept, and announced to live views. */
public final class ConnectorStatusReport {
    private final StationRepository stations;
    private final EventPublisher events;
    private final Clock clock;

    public ConnectorStatusReport(StationRepository stations, EventPublisher events, Clock clock) {
        this.stations = stations;
        this.events = events;
        this.clock = clock;
    }

    /** {@code reportedAt} is the station's timestamp when it gave one, else the platform's clock. */
    public Connector report(StationId id, int connectorId, ConnectorStatus status, String errorCode, String info,
                            String vendorErrorCode, Instant reportedAt) {
        Connector connector = new Connector(connectorId, status, errorCode, info, vendorErrorCode,
                reportedAt != null ? reportedAt : clock.instant());
        stations.saveConnector(id, connector);
        events.publish(new StationEvents.ConnectorStatusChanged(id, connector, clock.instant()));
        return connector;
    }

    /**
     * OCPP 2.0.1 G01: the state of one connector of an EVSE is kept, and the EVSE, the domain's connector, takes
     * the state its connectors give it together ({@link EvseConnector#evseState}).
     */
    public Connector reportOfEvseConnector(StationId id, int evseId, int connectorId, ConnectorStatus status,
                                           Instant reportedAt) {
        EvseConnector reported = new EvseConnector(evseId, connectorId, status,
                reportedAt != null ? reportedAt : clock.instant());
        stations.saveEvseConnector(id, reported);
        List<EvseConnector> ofTheEvse = stations.evseConnectors(id).stream()
                .filter(c -> c.evseId() == evseId).toList();
        return report(id, evseId, EvseConnector.evseState(ofTheEvse.isEmpty() ? List.of(reported) : ofTheEvse),
                null, null, null, reported.reportedAt());
    }
}
