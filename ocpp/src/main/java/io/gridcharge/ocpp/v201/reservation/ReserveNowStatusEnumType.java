package io.gridcharge.ocpp.v201.reservation;

/**
 * OCPP 2.0.1 ReserveNowStatusEnumType: this indicates the success or failure of the reservation.
 */
public enum ReserveNowStatusEnumType {
    Accepted, Faulted, Occupied, Rejected, Unavailable
}
