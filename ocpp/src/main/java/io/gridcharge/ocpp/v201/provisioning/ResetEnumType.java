package io.gridcharge.ocpp.v201.provisioning;

/**
 * OCPP 2.0.1 ResetEnumType: this contains the type of reset that the Charging Station or EVSE should perform.
 */
public enum ResetEnumType {
    Immediate, OnIdle
}
