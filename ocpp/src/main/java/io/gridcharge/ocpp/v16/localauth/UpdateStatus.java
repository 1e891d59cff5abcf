package io.gridcharge.ocpp.v16.localauth;

/** OCPP 1.6 §7.47 UpdateStatus: the station's answer to SendLocalList. */
public enum UpdateStatus {
    Accepted, Failed, NotSupported, VersionMismatch
}
