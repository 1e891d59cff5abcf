package io.gridcharge.ocpp.v16.types;

/** OCPP 1.6 §7.2. Constants carry the wire spelling, as every OCPP enum in this library does. */
public enum AuthorizationStatus {
    Accepted, Blocked, Expired, Invalid, ConcurrentTx
}
