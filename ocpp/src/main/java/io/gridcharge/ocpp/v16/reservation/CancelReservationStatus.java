package io.gridcharge.ocpp.v16.reservation;

/** OCPP 1.6 §7.5 CancelReservationStatus. */
public enum CancelReservationStatus {
    Accepted, Rejected
}
