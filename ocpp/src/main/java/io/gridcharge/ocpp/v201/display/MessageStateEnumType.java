package io.gridcharge.ocpp.v201.display;

/**
 * OCPP 2.0.1 MessageStateEnumType: during what state should this message be shown.
 */
public enum MessageStateEnumType {
    Charging, Faulted, Idle, Unavailable
}
