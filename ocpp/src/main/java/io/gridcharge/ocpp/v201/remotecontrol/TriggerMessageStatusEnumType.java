package io.gridcharge.ocpp.v201.remotecontrol;

/**
 * OCPP 2.0.1 TriggerMessageStatusEnumType: indicates whether the Charging Station will send the requested
 * notification or not.
 */
public enum TriggerMessageStatusEnumType {
    Accepted, Rejected, NotImplemented
}
