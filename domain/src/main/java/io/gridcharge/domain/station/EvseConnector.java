package io.gridcharge.domain.station;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The last reported state of one connector of an OCPP 2.0.1 EVSE (G01: StatusNotification names both). The
 * domain's connector is the EVSE (see {@link Connector}); an EVSE with a cable and a socket has two of these.
 */
public record EvseConnector(int evseId, int connectorId, ConnectorStatus status, Instant reportedAt) {
    /** The order in which an EVSE's state follows its connectors': the first a connector has is the EVSE's. */
    private static final List<ConnectorStatus> PRECEDENCE = List.of(ConnectorStatus.OCCUPIED,
            ConnectorStatus.RESERVED, ConnectorStatus.AVAILABLE, ConnectorStatus.UNAVAILABLE, ConnectorStatus.FAULTED);

    public EvseConnector {
        if (evseId < 1) {
            throw new InvalidInput("evseId", "must be 1 or more");
        }
        if (connectorId < 1) {
            throw new InvalidInput("connectorId", "must be 1 or more");
        }
        Require.present(status, "connectorStatus");
        Require.present(reportedAt, "timestamp");
    }

    /**
     * The state of an EVSE from those of its connectors: in use when one is in use (the others are then
     * Unavailable, one vehicle at a time), else reserved, else available when one can be used, and faulted only
     * when all are.
     */
    public static ConnectorStatus evseState(Collection<EvseConnector> connectors) {
        return connectors.stream().map(EvseConnector::status)
                .min(Comparator.comparingInt(EvseConnector::rank))
                .orElseThrow(() -> new IllegalArgumentException("an EVSE has a connector"));
    }

    private static int rank(ConnectorStatus status) {
        int rank = PRECEDENCE.indexOf(status);
        return rank < 0 ? PRECEDENCE.size() : rank;
    }
}
