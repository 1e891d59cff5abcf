package io.gridcharge.sim.charger;

import io.gridcharge.sim.ev.EvVisit;
import java.time.Instant;

/** One connector's mutable state; guarded by its {@link ChargerModel}'s lock. */
final class Connector {
    final int id;
    ConnectorState state = ConnectorState.AVAILABLE;
    long registerWh;
    boolean operative = true;
    boolean inoperativeScheduled;

    EvVisit visit;
    long storedWh;
    long deliveredWh;
    int transactionsOfVisit;
    Transaction transaction;
    double powerW;
    StopReason stopRequested;
    String remoteIdTag;
    boolean restartAfterReset;
    boolean faulted;

    Integer reservationId;
    String reservedFor;
    Instant reservedUntil;

    Connector(int id, long registerWh) {
        this.id = id;
        this.registerWh = registerWh;
    }

    boolean freeFor(String idTag) {
        if (!operative || visit != null || faulted) {
            return false;
        }
        return reservationId == null || reservedFor.equals(idTag);
    }

    double soc() {
        return (double) storedWh / visit.vehicle().capacityWh();
    }

    long stillWantedWh() {
        return Math.max(0, visit.wantedWh() - deliveredWh);
    }

    void clearReservation() {
        reservationId = null;
        reservedFor = null;
        reservedUntil = null;
    }
}
