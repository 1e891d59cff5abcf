package io.gridcharge.api.station;

import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.station.BootInfo;
import io.gridcharge.domain.station.Connector;
import io.gridcharge.domain.station.EvseConnector;
import io.gridcharge.domain.station.Station;
import io.gridcharge.domain.station.StationPresence;
import java.time.Instant;
import java.util.List;

/**
 * A station as the API shows it: its stored state joined with presence (connected right now, and the
 * freshest last-seen and protocol). Tells whether the station has a password, never the hash. On a 2.0.1
 * station {@code connectors} are its EVSEs, and {@code evseConnectors} each connector of each EVSE with its own
 * state (G01), in the single-station view; empty elsewhere and on 1.6 stations.
 */
public record StationView(String id, String name, String registration, boolean hasPassword, boolean connected,
                          Instant lastSeen, String protocol, BootView boot, Instant lastBootAt,
                          List<ConnectorView> connectors, Instant createdAt, List<EvseConnectorView> evseConnectors) {

    public record BootView(String vendor, String model, String serialNumber, String firmwareVersion, String iccid,
                           String imsi, String meterType, String meterSerialNumber) {
        static BootView of(BootInfo boot) {
            return boot == null ? null : new BootView(boot.vendor(), boot.model(), boot.serialNumber(),
                    boot.firmwareVersion(), boot.iccid(), boot.imsi(), boot.meterType(), boot.meterSerialNumber());
        }
    }

    public record ConnectorView(int connectorId, String status, String errorCode, String info, String vendorErrorCode,
                                Instant reportedAt) {
        static ConnectorView of(Connector connector) {
            return new ConnectorView(connector.connectorId(), Vocabulary.CONNECTOR_STATUS.name(connector.status()),
                    connector.errorCode(), connector.info(), connector.vendorErrorCode(), connector.reportedAt());
        }
    }

    public record EvseConnectorView(int evseId, int connectorId, String status, Instant reportedAt) {
        static EvseConnectorView of(EvseConnector connector) {
            return new EvseConnectorView(connector.evseId(), connector.connectorId(),
                    Vocabulary.CONNECTOR_STATUS.name(connector.status()), connector.reportedAt());
        }
    }

    static StationView of(Station station, StationPresence presence) {
        return of(station, presence, List.of());
    }

    static StationView of(Station station, StationPresence presence, List<EvseConnector> evseConnectors) {
        boolean connected = presence.isConnected(station.id());
        Instant lastSeen = connected ? presence.lastSeen(station.id()).orElse(station.lastSeen()) : station.lastSeen();
        String protocol = connected ? presence.protocol(station.id()).orElse(station.protocol()) : station.protocol();
        return new StationView(station.id().value(), station.name(), Vocabulary.REGISTRATION.name(station.registration()),
                station.hasPassword(), connected, lastSeen, protocol, BootView.of(station.boot()), station.lastBootAt(),
                station.connectors().stream().map(ConnectorView::of).toList(), station.createdAt(),
                evseConnectors.stream().map(EvseConnectorView::of).toList());
    }
}
