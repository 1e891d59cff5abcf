package io.gridcharge.ocpp.v16.smartcharging;

import io.gridcharge.ocpp.OcppRequest;

/**
 * OCPP 1.6 §6.13 ClearChargingProfile.req: clears one profile by id, or every profile matching the criteria
 * given. All fields are optional; an empty request clears every profile the station holds.
 */
public record ClearChargingProfileRequest(
        Integer id,
        Integer connectorId,
        ChargingProfilePurposeType chargingProfilePurpose,
        Integer stackLevel) implements OcppRequest<ClearChargingProfileResponse> {
}
