package io.gridcharge.ocpp.v201.availability;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 ChangeAvailabilityResponse: the answer to {@link ChangeAvailabilityRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ChangeAvailabilityResponse(
        ChangeAvailabilityStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public ChangeAvailabilityResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static ChangeAvailabilityResponse of(ChangeAvailabilityStatusEnumType status) {
        return new ChangeAvailabilityResponse(status, null, null);
    }
}
