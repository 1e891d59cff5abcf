package io.gridcharge.ocpp.v16.reservation;

/** OCPP 1.6 §7.40 ReservationStatus: the station's answer to ReserveNow. */
public enum ReservationStatus {
    Accepted, Faulted, Occupied, Rejected, Unavailable
}
