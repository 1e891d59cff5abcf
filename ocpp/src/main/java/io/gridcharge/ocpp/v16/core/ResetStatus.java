package io.gridcharge.ocpp.v16.core;

/** OCPP 1.6 §7.41 ResetStatus. */
public enum ResetStatus {
    Accepted, Rejected
}
