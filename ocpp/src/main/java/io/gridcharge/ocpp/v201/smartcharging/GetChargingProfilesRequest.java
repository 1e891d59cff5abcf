package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 GetChargingProfilesRequest (functional block K Smart charging, use case K09): the CSMS asks for the
 * installed charging profiles matching its criteria.
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
    }

    /** The required fields only. */
    public static GetChargingProfilesRequest of(Integer requestId, ChargingProfileCriterionType chargingProfile) {
        return new GetChargingProfilesRequest(requestId, null, chargingProfile, null);
    }
}
