package io.gridcharge.sim.charger;

import io.gridcharge.sim.ev.EvVisit;
import java.time.Instant;

/**
 * A transaction as the charger keeps it: its own number (the central system's id arrives later, over the wire),
 * where and when it began and the meter then. Energy delivered so far is counted by the connector.
 */
public record Transaction(int localId, String stationId, int connectorId, String idTag, long meterStartWh,
                          Instant startedAt, Integer reservationId, EvVisit visit) {
}
