package io.gridcharge.sim.charger;

import java.time.Instant;

/**
 * What a charger reports, in simulated time, for its protocol adapter to send: the model decides, the adapter
 * speaks. Called on the simulation's thread, in order; an implementation must not block.
 */
public interface StationEvents {
    StationEvents NONE = new StationEvents() {
    };

    default void statusChanged(int connectorId, ConnectorState state, Instant at) {
    }

    default void transactionStarted(Transaction transaction) {
    }

    default void meterSample(Transaction transaction, Instant at, long registerWh, double powerW, double soc) {
    }

    default void transactionStopped(Transaction transaction, long meterStopWh, Instant at, StopReason reason) {
    }
}
