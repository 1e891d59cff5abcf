package io.gridcharge.domain.charging;

import io.gridcharge.domain.station.StationId;
import java.time.Instant;
import java.util.Set;

/**
 * Filters for listing transactions; null means "any". {@code from}/{@code to} bound the start time;
 * {@code stations}, when given, limits to those stations (a tenant's, issue 7).
 */
public record TransactionQuery(StationId stationId, TransactionStatus status, Instant from, Instant to,
                               Set<StationId> stations) {
    public TransactionQuery {
        stations = stations == null ? null : Set.copyOf(stations);
    }

    public TransactionQuery(StationId stationId, TransactionStatus status, Instant from, Instant to) {
        this(stationId, status, from, to, null);
    }

    public static TransactionQuery all() {
        return new TransactionQuery(null, null, null, null);
    }
}
