package io.gridcharge.ocpp.v201.availability;

/**
 * OCPP 2.0.1 OperationalStatusEnumType: this contains the type of availability change that the Charging Station
 * should perform.
 */
public enum OperationalStatusEnumType {
    Inoperative, Operative
}
