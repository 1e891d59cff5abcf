package io.gridcharge.domain.security;

import io.gridcharge.domain.event.EventPublisher;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Keeps the security events stations report (OCPP 1.6 Security Whitepaper use case A04) and raises the
 * critical ones: logged at WARNING and published, after they are stored, as
 * {@link SecurityEvents.CriticalSecurityEventReported}.
 */
public final class RecordSecurityEvent {
    private static final Logger LOG = Logger.getLogger(RecordSecurityEvent.class.getName());

    private final SecurityEventRepository events;
    private final EventPublisher publisher;
    private final Clock clock;

    public RecordSecurityEvent(SecurityEventRepository events, EventPublisher publisher, Clock clock) {
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    public SecurityEvent record(StationId station, String type, Instant occurredAt, String techInfo) {
        Instant now = clock.instant();
        SecurityEvent stored = events.append(new SecurityEvent(0, station, type, occurredAt, techInfo,
                SecurityEvent.isCritical(type), now));
        if (stored.critical()) {
            LOG.warning(() -> "station " + station + ": critical security event " + type + " at " + occurredAt
                    + (techInfo == null ? "" : " (" + techInfo + ")"));
            publisher.publish(new SecurityEvents.CriticalSecurityEventReported(station, stored, now));
        } else {
            LOG.info(() -> "station " + station + ": security event " + type);
        }
        return stored;
    }

    public Page<SecurityEvent> list(StationId station, boolean criticalOnly, PageRequest page) {
        return events.list(station, criticalOnly, page);
    }
}
