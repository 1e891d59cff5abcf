package io.gridcharge.domain.security;

import io.gridcharge.domain.event.DomainEvent;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;

/** The events of the security context. */
public final class SecurityEvents {
    private SecurityEvents() {
    }

    /** A station reported a security event the whitepaper marks critical; alarms subscribe to this. */
    public record CriticalSecurityEventReported(StationId stationId, SecurityEvent event, Instant at)
            implements DomainEvent {
    }

    /** A station's minimum security profile changed (an upgrade it accepted, or the operator's choice). */
    public record SecurityProfileChanged(StationId stationId, SecurityProfile from, SecurityProfile to, Instant at)
            implements DomainEvent {
    }
}
