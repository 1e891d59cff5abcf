package io.gridcharge.ocpp.v201.remotecontrol;

/**
 * OCPP 2.0.1 RequestStartStopStatusEnumType: status indicating whether Charging Station accepts the request to
 * stop a transaction.
 */
public enum RequestStartStopStatusEnumType {
    Accepted, Rejected
}
