package io.gridcharge.domain.devicemodel;

import java.time.Instant;

/**
 * What the platform has received of one report a station sends (OCPP 2.0.1 B07/B08): how many parts, up to which
 * sequence number, and whether the last part (without "to be continued") came. Parts may be missing when a
 * station lost some; {@link #missingParts} counts them once the last has come.
 */
public record DeviceReport(int requestId, int partsReceived, int highestSeqNo, int variables,
                           Instant firstReceivedAt, Instant completedAt) {
    public boolean complete() {
        return completedAt != null && missingParts() == 0;
    }

    /** Parts below the highest sequence number that never came. */
    public int missingParts() {
        return highestSeqNo + 1 - partsReceived;
    }
}
