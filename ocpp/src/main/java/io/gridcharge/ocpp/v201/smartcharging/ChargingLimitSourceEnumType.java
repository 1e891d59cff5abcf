package io.gridcharge.ocpp.v201.smartcharging;

/**
 * OCPP 2.0.1 ChargingLimitSourceEnumType: source that has installed this charging profile.
 */
public enum ChargingLimitSourceEnumType {
    EMS, Other, SO, CSO
}
