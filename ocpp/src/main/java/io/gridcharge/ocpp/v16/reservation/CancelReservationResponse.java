package io.gridcharge.ocpp.v16.reservation;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.6 CancelReservation.conf. */
public record CancelReservationResponse(CancelReservationStatus status) implements OcppResponse {
    public CancelReservationResponse {
        Require.present(status, "status");
    }
}
