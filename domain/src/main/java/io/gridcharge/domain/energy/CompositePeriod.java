package io.gridcharge.domain.energy;

import io.gridcharge.domain.shared.InvalidInput;
import java.math.BigDecimal;

/**
 * One period of a composite schedule: from {@code startPeriod} seconds after the schedule's start, at most
 * {@code limit}. In the platform's own computation a null limit means that no profile limits the connector
 * then (the station's hardware does); a station's answer always has one.
 */
public record CompositePeriod(int startPeriod, BigDecimal limit, Integer numberPhases) {
    public CompositePeriod {
        if (startPeriod < 0) {
            throw new InvalidInput("startPeriod", "must not be negative");
        }
        limit = limit == null ? null : Rates.plain(limit);
    }
}
