package io.gridcharge.ocpp.v201.display;

/**
 * OCPP 2.0.1 DisplayMessageStatusEnumType: this indicates whether the Charging Station is able to display the
 * message.
 */
public enum DisplayMessageStatusEnumType {
    Accepted, NotSupportedMessageFormat, Rejected, NotSupportedPriority, NotSupportedState, UnknownTransaction
}
