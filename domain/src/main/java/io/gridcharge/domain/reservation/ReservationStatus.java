package io.gridcharge.domain.reservation;

/**
 * Where a reservation stands. ACTIVE holds the connector until it expires; EXPIRED is never written, it is
 * what an active reservation past its expiry reads as. REJECTED keeps a request the station refused, with
 * its answer, so an operator can see why a driver got no reservation; it never held anything.
 */
public enum ReservationStatus {
    ACTIVE, USED, CANCELLED, EXPIRED, REJECTED
}
