package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.ChargingRateUnitEnumType;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 GetCompositeScheduleRequest (functional block K Smart charging, use case K08): the CSMS asks for
 * the schedule an EVSE will follow.
 *
 * @param duration Length of the requested schedule in seconds.
 * @param evseId The ID of the EVSE for which the schedule is requested.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetCompositeScheduleRequest(
        Integer duration,
        ChargingRateUnitEnumType chargingRateUnit,
        Integer evseId,
        CustomDataType customData) implements OcppRequest<GetCompositeScheduleResponse> {

    public GetCompositeScheduleRequest {
        Require.present(duration, "duration");
        Require.present(evseId, "evseId");
    }

    /** The required fields only. */
    public static GetCompositeScheduleRequest of(Integer duration, Integer evseId) {
        return new GetCompositeScheduleRequest(duration, null, evseId, null);
    }
}
