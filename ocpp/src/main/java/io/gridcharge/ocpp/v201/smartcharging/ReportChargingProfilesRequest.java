package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.ChargingProfileType;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 ReportChargingProfilesRequest (functional block K Smart charging, use case K09): the station sends
 * (a part of) the charging profiles the CSMS asked for.
 *
 * @param requestId Id used to match the GetChargingProfilesRequest
 * message with the resulting ReportChargingProfilesRequest messages.
 * @param tbc To Be Continued. Absent means false (schema default).
 * @param evseId The evse to which the charging profile applies.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ReportChargingProfilesRequest(
        Integer requestId,
        ChargingLimitSourceEnumType chargingLimitSource,
        List<ChargingProfileType> chargingProfile,
        Boolean tbc,
        Integer evseId,
        CustomDataType customData) implements OcppRequest<ReportChargingProfilesResponse> {

    public ReportChargingProfilesRequest {
        Require.present(requestId, "requestId");
        Require.present(chargingLimitSource, "chargingLimitSource");
        Require.present(chargingProfile, "chargingProfile");
        chargingProfile = Require.size(chargingProfile, 1, Integer.MAX_VALUE, "chargingProfile");
        Require.present(evseId, "evseId");
    }

    /** The required fields only. */
    public static ReportChargingProfilesRequest of(
            Integer requestId,
            ChargingLimitSourceEnumType chargingLimitSource,
            List<ChargingProfileType> chargingProfile,
            Integer evseId) {
        return new ReportChargingProfilesRequest(requestId, chargingLimitSource, chargingProfile, null, evseId, null);
    }
}
