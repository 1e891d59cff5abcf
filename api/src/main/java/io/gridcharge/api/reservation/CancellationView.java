package io.gridcharge.api.reservation;

import io.gridcharge.domain.reservation.CancelReservation;

/** The station's answer to CancelReservation, and the reservation as it stands after it. */
public record CancellationView(String status, ReservationView reservation) {
    static CancellationView of(CancelReservation.Cancellation cancellation) {
        return new CancellationView(cancellation.stationAnswer(), ReservationView.of(cancellation.reservation()));
    }
}
