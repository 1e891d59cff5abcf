package io.gridcharge.ocpp.v201.reservation;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 CancelReservationRequest (functional block H Reservation, use case H03): the CSMS cancels a
 * reservation.
 *
 * @param reservationId Id of the reservation to cancel.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record CancelReservationRequest(
        Integer reservationId,
        CustomDataType customData) implements OcppRequest<CancelReservationResponse> {

    public CancelReservationRequest {
        Require.present(reservationId, "reservationId");
    }

    /** The required fields only. */
    public static CancelReservationRequest of(Integer reservationId) {
        return new CancelReservationRequest(reservationId, null);
    }
}
