package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 DCChargingParametersType: eV DC charging parameters
 *
 * @param evMaxCurrent Maximum current (amps) supported by the electric vehicle.
 * @param evMaxVoltage Maximum voltage supported by the electric vehicle
 * @param energyAmount Amount of energy requested (in Wh).
 * @param evMaxPower Maximum power (in W) supported by the electric vehicle.
 * @param stateOfCharge Energy available in the battery (in percent of the battery capacity)
 * @param evEnergyCapacity Capacity of the electric vehicle battery (in Wh)
 * @param fullSoC Percentage of SoC at which the EV considers the battery fully charged.
 * @param bulkSoC Percentage of SoC at which the EV considers a fast charging process to end.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record DCChargingParametersType(
        Integer evMaxCurrent,
        Integer evMaxVoltage,
        Integer energyAmount,
        Integer evMaxPower,
        Integer stateOfCharge,
        Integer evEnergyCapacity,
        Integer fullSoC,
        Integer bulkSoC,
        CustomDataType customData) {

    public DCChargingParametersType {
        Require.present(evMaxCurrent, "evMaxCurrent");
        Require.present(evMaxVoltage, "evMaxVoltage");
        Require.atLeast(stateOfCharge, 0, "stateOfCharge");
        Require.atMost(stateOfCharge, 100, "stateOfCharge");
        Require.atLeast(fullSoC, 0, "fullSoC");
        Require.atMost(fullSoC, 100, "fullSoC");
        Require.atLeast(bulkSoC, 0, "bulkSoC");
        Require.atMost(bulkSoC, 100, "bulkSoC");
    }

    /** The required fields only. */
    public static DCChargingParametersType of(Integer evMaxCurrent, Integer evMaxVoltage) {
        return new DCChargingParametersType(evMaxCurrent, evMaxVoltage, null, null, null, null, null, null, null);
    }
}
