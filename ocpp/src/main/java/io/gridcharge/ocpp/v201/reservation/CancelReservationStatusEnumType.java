package io.gridcharge.ocpp.v201.reservation;

/**
 * OCPP 2.0.1 CancelReservationStatusEnumType: this indicates the success or failure of the canceling of a
 * reservation by CSMS.
 */
public enum CancelReservationStatusEnumType {
    Accepted, Rejected
}
