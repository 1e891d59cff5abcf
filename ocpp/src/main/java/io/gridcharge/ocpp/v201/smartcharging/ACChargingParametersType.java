package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 ACChargingParametersType: eV AC charging parameters.
 *
 * @param energyAmount Amount of energy requested (in Wh).
 * @param evMinCurrent Minimum current (amps) supported by the electric vehicle (per phase).
 * @param evMaxCurrent Maximum current (amps) supported by the electric vehicle (per phase).
 * @param evMaxVoltage Maximum voltage supported by the electric vehicle
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ACChargingParametersType(
        Integer energyAmount,
        Integer evMinCurrent,
        Integer evMaxCurrent,
        Integer evMaxVoltage,
        CustomDataType customData) {

    public ACChargingParametersType {
        Require.present(energyAmount, "energyAmount");
        Require.present(evMinCurrent, "evMinCurrent");
        Require.present(evMaxCurrent, "evMaxCurrent");
        Require.present(evMaxVoltage, "evMaxVoltage");
    }

    /** The required fields only. */
    public static ACChargingParametersType of(
            Integer energyAmount,
            Integer evMinCurrent,
            Integer evMaxCurrent,
            Integer evMaxVoltage) {
        return new ACChargingParametersType(energyAmount, evMinCurrent, evMaxCurrent, evMaxVoltage, null);
    }
}
