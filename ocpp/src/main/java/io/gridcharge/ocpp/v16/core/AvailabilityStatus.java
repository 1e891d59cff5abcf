package io.gridcharge.ocpp.v16.core;

/** OCPP 1.6 §7.3 AvailabilityStatus; Scheduled: accepted, applied once the running transaction ends. */
public enum AvailabilityStatus {
    Accepted, Rejected, Scheduled
}
