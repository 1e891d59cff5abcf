package io.gridcharge.domain.station;

import io.gridcharge.domain.event.DomainEvent;
import java.time.Instant;

/** The events of a station's life. */
public final class StationEvents {
    private StationEvents() {
    }

    public record Connected(StationId stationId, String protocol, Instant at) implements DomainEvent {
    }

    public record Disconnected(StationId stationId, Instant at) implements DomainEvent {
    }

    /** No frame for the allowed number of heartbeat intervals (DESIGN §2); the connection may still be open. */
    public record WentOffline(StationId stationId, Instant lastSeen, Instant at) implements DomainEvent {
    }

    public record Booted(StationId stationId, BootInfo boot, RegistrationStatus answer, Instant at) implements DomainEvent {
    }

    /** An operator changed whether the station is let in (OCPP 1.6 §4.2 registration status). */
    public record RegistrationChanged(StationId stationId, RegistrationStatus previous, RegistrationStatus current,
                                      Instant at) implements DomainEvent {
    }

    public record ConnectorStatusChanged(StationId stationId, Connector connector, Instant at) implements DomainEvent {
    }
}
