package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.v201.types.ChargingProfilePurposeEnumType;
import io.gridcharge.ocpp.v201.types.CustomDataType;

/**
 * OCPP 2.0.1 ClearChargingProfileType: a ChargingProfile consists of a ChargingSchedule, describing the amount
 * of power or current that can be delivered per time interval.
 *
 * @param evseId Specifies the id of the EVSE for which to clear charging profiles.
 * @param stackLevel Specifies the stackLevel for which charging profiles will be cleared, if they meet the other
 * criteria in the request.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ClearChargingProfileType(
        Integer evseId,
        ChargingProfilePurposeEnumType chargingProfilePurpose,
        Integer stackLevel,
        CustomDataType customData) {

    /** No optional field set. */
    public static ClearChargingProfileType of() {
        return new ClearChargingProfileType(null, null, null, null);
    }
}
