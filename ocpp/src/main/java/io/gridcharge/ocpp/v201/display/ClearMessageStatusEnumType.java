package io.gridcharge.ocpp.v201.display;

/**
 * OCPP 2.0.1 ClearMessageStatusEnumType: returns whether the Charging Station has been able to remove the
 * message.
 */
public enum ClearMessageStatusEnumType {
    Accepted, Unknown
}
