package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.ChargingProfileType;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 SetChargingProfileRequest (functional block K Smart charging, use case K01): the CSMS installs a
 * charging profile on an EVSE or the whole station.
 *
 * @param evseId For TxDefaultProfile an evseId=0 applies the profile to each individual evse.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SetChargingProfileRequest(
        Integer evseId,
        ChargingProfileType chargingProfile,
        CustomDataType customData) implements OcppRequest<SetChargingProfileResponse> {

    public SetChargingProfileRequest {
        Require.present(evseId, "evseId");
        Require.present(chargingProfile, "chargingProfile");
    }

    /** The required fields only. */
    public static SetChargingProfileRequest of(Integer evseId, ChargingProfileType chargingProfile) {
        return new SetChargingProfileRequest(evseId, chargingProfile, null);
    }
}
