package io.gridcharge.gateway;

import io.gridcharge.domain.journal.MessageJournal;
import io.gridcharge.domain.station.StationAuthentication;
import io.gridcharge.domain.station.StationPresence;
import java.time.Clock;

/**
 * The domain services and ports the transport itself needs, whatever the OCPP version: who may connect,
 * who is connected, where frames are journaled, and the platform's clock.
 */
public record GatewayPorts(StationAuthentication authentication, StationPresence presence, MessageJournal journal,
                           Clock clock) {
    public GatewayPorts {
        if (authentication == null || presence == null || journal == null || clock == null) {
            throw new IllegalArgumentException("every gateway port is required");
        }
    }
}
