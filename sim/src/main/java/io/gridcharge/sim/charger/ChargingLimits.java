package io.gridcharge.sim.charger;

import java.time.Instant;

/**
 * The limits a charger has been told to keep (for OCPP 1.6 its installed charging profiles). Watts; the
 * phases are those the car charges on, for limits given in amperes.
 */
public interface ChargingLimits {
    ChargingLimits NONE = new ChargingLimits() {
        @Override
        public double connectorLimitW(int connectorId, Instant now, Transaction transaction, int phases) {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public double stationLimitW(Instant now, int phases) {
            return Double.POSITIVE_INFINITY;
        }
    };

    /** The limit of one connector's transaction (may be null when there is none). */
    double connectorLimitW(int connectorId, Instant now, Transaction transaction, int phases);

    /** The limit of the whole station, shared by its connectors. */
    double stationLimitW(Instant now, int phases);
}
