package io.gridcharge.ocpp.v201.types;

/**
 * OCPP 2.0.1 RecurrencyKindEnumType: indicates the start point of a recurrence.
 */
public enum RecurrencyKindEnumType {
    Daily, Weekly
}
