package io.gridcharge.domain.energy;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;

/**
 * The schedule an EV chose within the limits it was given, as its station reported it (OCPP 2.0.1 K17
 * NotifyEVChargingSchedule): its periods count from {@code timeBase}.
 */
public record EvChargingSchedule(StationId stationId, int evseId, Long transactionId, Instant timeBase,
                                 CompositeSchedule schedule, Instant receivedAt) {
    public EvChargingSchedule {
        Require.present(stationId, "stationId");
        Require.present(timeBase, "timeBase");
        Require.present(schedule, "chargingSchedule");
        Require.present(receivedAt, "receivedAt");
        if (evseId < 1) {
            throw new InvalidInput("evseId", "must be 1 or more");
        }
    }
}
