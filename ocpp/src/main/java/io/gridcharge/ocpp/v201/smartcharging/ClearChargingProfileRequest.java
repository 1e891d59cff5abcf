package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;

/**
 * OCPP 2.0.1 ClearChargingProfileRequest (functional block K Smart charging, use case K10): the CSMS clears
 * charging profiles by id or by criteria.
 *
 * @param chargingProfileId The Id of the charging profile to clear.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ClearChargingProfileRequest(
        Integer chargingProfileId,
        ClearChargingProfileType chargingProfileCriteria,
        CustomDataType customData) implements OcppRequest<ClearChargingProfileResponse> {

    /** No optional field set. */
    public static ClearChargingProfileRequest of() {
        return new ClearChargingProfileRequest(null, null, null);
    }
}
