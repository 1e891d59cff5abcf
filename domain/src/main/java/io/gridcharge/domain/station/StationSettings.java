package io.gridcharge.domain.station;

import java.time.Duration;

/**
 * Operator choices about stations. {@code autoRegister}: unknown stations that connect are added as
 * Pending instead of refused. {@code offlineAfterMissedHeartbeats}: how many heartbeat intervals of silence
 * make a station offline.
 */
public record StationSettings(Duration heartbeatInterval, int offlineAfterMissedHeartbeats, boolean autoRegister,
                              Duration pendingRetryInterval) {
    public StationSettings {
        if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()) {
            throw new IllegalArgumentException("heartbeat interval must be positive");
        }
        if (offlineAfterMissedHeartbeats < 1) {
            throw new IllegalArgumentException("offlineAfterMissedHeartbeats must be at least 1");
        }
    }

    public static StationSettings defaults() {
        return new StationSettings(Duration.ofMinutes(5), 3, false, Duration.ofSeconds(60));
    }
}
