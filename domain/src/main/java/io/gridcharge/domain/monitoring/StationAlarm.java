package io.gridcharge.domain.monitoring;

import io.gridcharge.domain.station.StationId;
import java.time.Instant;

/**
 * An alarm raised by a reported event that an {@link AlarmRule} matched; open until an operator acknowledges it.
 *
 * @param eventId the record id of the event ({@link StoredEvent#id()})
 */
public record StationAlarm(long id, StationId stationId, long ruleId, long eventId, String componentName,
                           String variableName, String actualValue, Integer severity, Instant raisedAt,
                           Instant acknowledgedAt, String acknowledgedBy) {
    public boolean isOpen() {
        return acknowledgedAt == null;
    }
}
