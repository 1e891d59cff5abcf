package io.gridcharge.domain.charging;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;

/**
 * A StopTransaction for a transaction the platform never saw (OCPP 1.6 §4.10): its start was lost, or the
 * station numbered the transaction itself while offline. It is answered like any stop — the station could
 * only resend it — and kept here, as the station reported it, for an operator to reconcile. {@code id} is
 * the record's number; {@code samples} how many meter samples came with it (they are not stored: they
 * belong to no transaction the platform knows).
 */
public record OrphanStop(long id, StationId stationId, long transactionId, long meterStopWh, Instant stoppedAt,
                         String reason, IdToken stoppedBy, int samples, Instant receivedAt) {
    public OrphanStop {
        Require.present(stationId, "stationId");
        Require.present(stoppedAt, "stoppedAt");
        Require.present(receivedAt, "receivedAt");
    }
}
