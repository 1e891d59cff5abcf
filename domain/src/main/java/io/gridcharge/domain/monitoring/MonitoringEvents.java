package io.gridcharge.domain.monitoring;

import io.gridcharge.domain.event.DomainEvent;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;

/** The events of the monitoring context. */
public final class MonitoringEvents {
    private MonitoringEvents() {
    }

    /** A reported event matched an operator's alarm rule. */
    public record AlarmRaised(StationId stationId, StationAlarm alarm, Instant at) implements DomainEvent {
    }
}
