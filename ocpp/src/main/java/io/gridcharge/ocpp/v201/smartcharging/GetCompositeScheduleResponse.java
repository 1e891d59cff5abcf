package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.GenericStatusEnumType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 GetCompositeScheduleResponse: the answer to {@link GetCompositeScheduleRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetCompositeScheduleResponse(
        GenericStatusEnumType status,
        StatusInfoType statusInfo,
        CompositeScheduleType schedule,
        CustomDataType customData) implements OcppResponse {

    public GetCompositeScheduleResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static GetCompositeScheduleResponse of(GenericStatusEnumType status) {
        return new GetCompositeScheduleResponse(status, null, null, null);
    }
}
