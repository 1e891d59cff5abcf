package io.gridcharge.sim.charger;

import java.time.Instant;

/** A transaction the charger ended, with its meter at the end: what it reported in its StopTransaction. */
public record CompletedTransaction(Transaction transaction, long meterStopWh, Instant stoppedAt, StopReason reason) {
    public long energyWh() {
        return meterStopWh - transaction.meterStartWh();
    }
}
