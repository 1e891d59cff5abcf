package io.gridcharge.domain.monitoring;

import io.gridcharge.domain.station.StationId;
import java.time.Instant;

/**
 * A reported event as the platform keeps it: with its record id, the station, when it came and the severity of
 * the monitor that raised it (0 danger ... 9 debug, OCPP 2.0.1 Part 2 §2.2.3), when the platform knows that monitor.
 */
public record StoredEvent(long id, StationId stationId, ReportedEvent event, Integer severity, Instant receivedAt) {
}
