package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.PayloadViolation;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 GetChargingProfilesRequest (functional block K Smart charging, use case K09): the CSMS asks for the
 * installed charging profiles matching its criteria, which name profile ids or at least one of stack level, limit
 * source and purpose (K09.FR.03): an empty criterion is refused before it is sent.
 *
 * @param requestId Reference identification that is to be used by the Charging Station in the
 * ReportChargingProfilesRequest when provided.
 * @param evseId For which EVSE installed charging profiles SHALL be reported.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetChargingProfilesRequest(
        Integer requestId,
        Integer evseId,
        ChargingProfileCriterionType chargingProfile,
        CustomDataType customData) implements OcppRequest<GetChargingProfilesResponse> {

    public GetChargingProfilesRequest {
        Require.present(requestId, "requestId");
        Require.present(chargingProfile, "chargingProfile");
        if (chargingProfile.chargingProfileId() == null && chargingProfile.stackLevel() == null
                && chargingProfile.chargingLimitSource() == null && chargingProfile.chargingProfilePurpose() == null) {
            throw new PayloadViolation(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "chargingProfile",
                    "must name chargingProfileId, stackLevel, chargingLimitSource or chargingProfilePurpose"
                            + " (OCPP 2.0.1 K09.FR.03)");
        }
    }

    /** The required fields only. */
    public static GetChargingProfilesRequest of(Integer requestId, ChargingProfileCriterionType chargingProfile) {
        return new GetChargingProfilesRequest(requestId, null, chargingProfile, null);
    }
}
