package io.gridcharge.domain.charging;

import io.gridcharge.domain.station.StationId;
import java.time.Instant;

/** Filters for listing transactions; null means "any". {@code from}/{@code to} bound the start time. */
public record TransactionQuery(StationId stationId, TransactionStatus status, Instant from, Instant to) {
    public static TransactionQuery all() {
        return new TransactionQuery(null, null, null, null);
    }
}
