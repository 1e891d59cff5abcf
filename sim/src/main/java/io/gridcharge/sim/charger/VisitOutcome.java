package io.gridcharge.sim.charger;

import io.gridcharge.sim.ev.EvVisit;

/**
 * How a car's visit went: where it charged (null station when every connector was taken), the energy it got,
 * and the transactions it took (more than one when a reset broke the first).
 */
public record VisitOutcome(EvVisit visit, String stationId, int connectorId, long deliveredWh, int transactions) {
    /** What the car wanted and did not get before it left. */
    public long notDeliveredWh() {
        return Math.max(0, visit.wantedWh() - deliveredWh);
    }
}
