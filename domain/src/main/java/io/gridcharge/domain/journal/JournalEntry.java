package io.gridcharge.domain.journal;

import io.gridcharge.domain.station.StationId;
import java.time.Instant;

/**
 * One frame to or from a station, as it crossed the wire. {@code action} names the action of a CALL and,
 * for answers, of the CALL they answer (null when unknown, e.g. an unparseable frame).
 */
public record JournalEntry(StationId stationId, Instant at, Direction direction, String action, String messageId,
                           String frame) {
    public enum Direction { IN, OUT }
}
