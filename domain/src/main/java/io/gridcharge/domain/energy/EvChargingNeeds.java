package io.gridcharge.domain.energy;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;

/**
 * What an EV said it needs over ISO 15118, as its station passed it on (OCPP 2.0.1 K15 NotifyEVChargingNeeds):
 * when it leaves, how much energy it wants and how much current and power it takes. Kept per EVSE and against the
 * transaction running there, for the planner that will answer it with a charging profile. Each field but the EVSE
 * and the transfer mode is optional, as the EV may not say.
 *
 * @param transactionId     the platform's transaction running on the EVSE when the needs came, or null
 * @param energyTransfer    the requested energy transfer mode, as on the wire ("AC_three_phase", "DC", ...)
 * @param energyAmountWh    the energy the EV asks for (AC and DC energyAmount)
 * @param maxScheduleTuples the most periods a schedule sent back may have
 * @param receivedAt        when it came; null until it is recorded
 */
public record EvChargingNeeds(StationId stationId, int evseId, Long transactionId, String energyTransfer,
                              Instant departureTime, Integer energyAmountWh, Integer evMinCurrentA,
                              Integer evMaxCurrentA, Integer evMaxVoltageV, Integer evMaxPowerW,
                              Integer stateOfChargePercent, Integer evEnergyCapacityWh, Integer maxScheduleTuples,
                              Instant receivedAt) {
    public EvChargingNeeds {
        Require.present(stationId, "stationId");
        Require.text(energyTransfer, 30, "requestedEnergyTransfer");
        if (evseId < 1) {
            throw new InvalidInput("evseId", "must be 1 or more: an EV charges at an EVSE");
        }
    }

    /** The needs as recorded: against the transaction running on the EVSE, if any, at the time they came. */
    public EvChargingNeeds received(Long transaction, Instant at) {
        return new EvChargingNeeds(stationId, evseId, transaction, energyTransfer, departureTime, energyAmountWh,
                evMinCurrentA, evMaxCurrentA, evMaxVoltageV, evMaxPowerW, stateOfChargePercent, evEnergyCapacityWh,
                maxScheduleTuples, at);
    }
}
