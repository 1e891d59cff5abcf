package io.gridcharge.domain.charging;

import io.gridcharge.domain.shared.Require;

/**
 * What charging delivered since a moment: sessions started since then, and energy in Wh — of sessions that
 * ended since then, plus what running sessions delivered by their latest energy register reading.
 */
public record ChargingTotals(long sessions, long energyWh, long activeSessions) {
    public ChargingTotals {
        Require.notNegative(sessions, "sessions");
        Require.notNegative(activeSessions, "activeSessions");
    }
}
