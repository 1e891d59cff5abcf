package io.gridcharge.api.transaction;

import io.gridcharge.domain.charging.OrphanStop;
import java.time.Instant;

/** A stop of an unknown transaction as the station reported it. */
public record OrphanStopView(long id, String stationId, long transactionId, long meterStopWh, Instant stoppedAt,
                             String reason, String stoppedBy, int samples, Instant receivedAt) {
    static OrphanStopView of(OrphanStop stop) {
        return new OrphanStopView(stop.id(), stop.stationId().value(), stop.transactionId(), stop.meterStopWh(),
                stop.stoppedAt(), stop.reason(), stop.stoppedBy() == null ? null : stop.stoppedBy().value(),
                stop.samples(), stop.receivedAt());
    }
}
