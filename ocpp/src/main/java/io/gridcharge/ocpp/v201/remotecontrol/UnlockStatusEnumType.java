package io.gridcharge.ocpp.v201.remotecontrol;

/**
 * OCPP 2.0.1 UnlockStatusEnumType: this indicates whether the Charging Station has unlocked the connector.
 */
public enum UnlockStatusEnumType {
    Unlocked, UnlockFailed, OngoingAuthorizedTransaction, UnknownConnector
}
