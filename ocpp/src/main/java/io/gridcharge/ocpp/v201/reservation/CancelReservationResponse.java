package io.gridcharge.ocpp.v201.reservation;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 CancelReservationResponse: the answer to {@link CancelReservationRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record CancelReservationResponse(
        CancelReservationStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public CancelReservationResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static CancelReservationResponse of(CancelReservationStatusEnumType status) {
        return new CancelReservationResponse(status, null, null);
    }
}
