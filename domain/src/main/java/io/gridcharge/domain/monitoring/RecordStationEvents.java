package io.gridcharge.domain.monitoring;

import io.gridcharge.domain.event.EventPublisher;
import io.gridcharge.domain.station.StationId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A station reports events on its variables (OCPP 2.0.1 N07 NotifyEvent): each is kept, with the severity of the
 * monitor that raised it when the platform knows the monitor, and each one an operator's {@link AlarmRule}
 * matches raises an alarm, once per rule, announced as {@link MonitoringEvents.AlarmRaised}. An event received
 * again raises nothing again.
 */
public final class RecordStationEvents {
    private final MonitoringRepository monitoring;
    private final EventPublisher events;
    private final Clock clock;

    public RecordStationEvents(MonitoringRepository monitoring, EventPublisher events, Clock clock) {
        this.monitoring = monitoring;
        this.events = events;
        this.clock = clock;
    }

    public void record(StationId stationId, List<ReportedEvent> reported) {
        Instant now = clock.instant();
        List<AlarmRule> rules = monitoring.rulesFor(stationId);
        for (ReportedEvent event : reported) {
            Integer severity = severityOf(stationId, event);
            Optional<StoredEvent> stored = monitoring.addEvent(stationId, event, severity, now);
            stored.ifPresent(kept -> rules.stream()
                    .filter(rule -> rule.matches(stationId, event, severity))
                    .forEach(rule -> raise(kept, rule, now)));
        }
    }

    private Integer severityOf(StationId stationId, ReportedEvent event) {
        if (event.variableMonitoringId() == null) {
            return null;
        }
        return monitoring.monitor(stationId, event.variableMonitoringId()).map(VariableMonitor::severity)
                .orElse(null);
    }

    private void raise(StoredEvent stored, AlarmRule rule, Instant now) {
        ReportedEvent event = stored.event();
        StationAlarm alarm = monitoring.raise(new StationAlarm(0, stored.stationId(), rule.id(), stored.id(),
                event.component().name(), event.variable().name(), event.actualValue(), stored.severity(), now,
                null, null));
        events.publish(new MonitoringEvents.AlarmRaised(stored.stationId(), alarm, now));
    }
}
