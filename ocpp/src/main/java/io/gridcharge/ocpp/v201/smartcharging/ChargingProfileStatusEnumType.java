package io.gridcharge.ocpp.v201.smartcharging;

/**
 * OCPP 2.0.1 ChargingProfileStatusEnumType: returns whether the Charging Station has been able to process the
 * message successfully.
 */
public enum ChargingProfileStatusEnumType {
    Accepted, Rejected
}
