package io.gridcharge.ocpp.v201.smartcharging;

/**
 * OCPP 2.0.1 NotifyEVChargingNeedsStatusEnumType: returns whether the CSMS has been able to process the message
 * successfully.
 */
public enum NotifyEVChargingNeedsStatusEnumType {
    Accepted, Rejected, Processing
}
