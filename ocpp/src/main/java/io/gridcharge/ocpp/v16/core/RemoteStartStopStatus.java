package io.gridcharge.ocpp.v16.core;

/** OCPP 1.6 §7.39 RemoteStartStopStatus. */
public enum RemoteStartStopStatus {
    Accepted, Rejected
}
