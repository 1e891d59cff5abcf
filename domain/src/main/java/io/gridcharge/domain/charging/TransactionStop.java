package io.gridcharge.domain.charging;

import io.gridcharge.domain.authorization.IdToken;
import java.time.Instant;

/** How a transaction ended, as the station reports it. */
public record TransactionStop(long meterStopWh, Instant stoppedAt, String reason, IdToken stoppedBy) {
}
