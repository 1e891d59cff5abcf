package io.gridcharge.ocpp.v201.types;

/**
 * OCPP 2.0.1 ChargingRateUnitEnumType: the unit of measure Limit is expressed in.
 */
public enum ChargingRateUnitEnumType {
    W, A
}
