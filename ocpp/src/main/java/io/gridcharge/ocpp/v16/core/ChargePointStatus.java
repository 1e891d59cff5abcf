package io.gridcharge.ocpp.v16.core;

/** OCPP 1.6 §7.7 ChargePointStatus: the state of a connector (or, for connector 0, of the station). */
public enum ChargePointStatus {
    Available,
    Preparing,
    Charging,
    SuspendedEVSE,
    SuspendedEV,
    Finishing,
    Reserved,
    Unavailable,
    Faulted
}
