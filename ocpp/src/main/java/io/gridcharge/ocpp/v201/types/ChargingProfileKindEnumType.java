package io.gridcharge.ocpp.v201.types;

/**
 * OCPP 2.0.1 ChargingProfileKindEnumType: indicates the kind of schedule.
 */
public enum ChargingProfileKindEnumType {
    Absolute, Recurring, Relative
}
