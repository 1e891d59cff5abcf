package io.gridcharge.domain.monitoring;

import java.time.Instant;

/**
 * Filters for browsing a station's events; null means "any". Names match without regard to case, as OCPP 2.0.1
 * compares them; {@code from} is included, {@code to} excluded.
 */
public record EventQuery(String componentName, String variableName, Integer evseId, String trigger,
                         Instant from, Instant to) {
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null);
    }
}
