package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/**
 * OCPP 2.0.1 ChargingNeedsType: what an EV asks for over ISO 15118: energy transfer mode, departure time and AC or
 * DC parameters (K15).
 *
 * @param departureTime Estimated departure time of the EV.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ChargingNeedsType(
        ACChargingParametersType acChargingParameters,
        DCChargingParametersType dcChargingParameters,
        EnergyTransferModeEnumType requestedEnergyTransfer,
        Instant departureTime,
        CustomDataType customData) {

    public ChargingNeedsType {
        Require.present(requestedEnergyTransfer, "requestedEnergyTransfer");
    }

    /** The required fields only. */
    public static ChargingNeedsType of(EnergyTransferModeEnumType requestedEnergyTransfer) {
        return new ChargingNeedsType(null, null, requestedEnergyTransfer, null, null);
    }
}
