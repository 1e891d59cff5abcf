package io.gridcharge.ocpp.v16.reservation;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.5 CancelReservation.req. */
public record CancelReservationRequest(Integer reservationId) implements OcppRequest<CancelReservationResponse> {
    public CancelReservationRequest {
        Require.present(reservationId, "reservationId");
    }
}
