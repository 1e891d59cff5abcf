package io.gridcharge.ocpp.v16.reservation;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.38 ReserveNow.conf. */
public record ReserveNowResponse(ReservationStatus status) implements OcppResponse {
    public ReserveNowResponse {
        Require.present(status, "status");
    }
}
