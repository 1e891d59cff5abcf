package io.gridcharge.domain.reservation;

import io.gridcharge.domain.station.StationId;

/** Filters of a reservation listing; null means any. */
public record ReservationQuery(StationId stationId, ReservationStatus status) {
    public static ReservationQuery all() {
        return new ReservationQuery(null, null);
    }
}
