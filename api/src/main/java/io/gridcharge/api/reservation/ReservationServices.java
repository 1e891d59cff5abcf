package io.gridcharge.api.reservation;

import io.gridcharge.domain.reservation.CancelReservation;
import io.gridcharge.domain.reservation.ReservationHistory;
import io.gridcharge.domain.reservation.ReserveConnector;
import java.util.Objects;

/** The reservation context's use cases the API serves. */
public record ReservationServices(ReserveConnector reserve, CancelReservation cancel, ReservationHistory history) {
    public ReservationServices {
        Objects.requireNonNull(reserve, "reserve");
        Objects.requireNonNull(cancel, "cancel");
        Objects.requireNonNull(history, "history");
    }
}
