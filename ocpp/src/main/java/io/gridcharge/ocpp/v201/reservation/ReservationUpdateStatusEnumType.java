package io.gridcharge.ocpp.v201.reservation;

/**
 * OCPP 2.0.1 ReservationUpdateStatusEnumType: the updated reservation status.
 */
public enum ReservationUpdateStatusEnumType {
    Expired, Removed
}
