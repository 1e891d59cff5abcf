package io.gridcharge.ocpp.v201.smartcharging;

/**
 * OCPP 2.0.1 ClearChargingProfileStatusEnumType: indicates if the Charging Station was able to execute the
 * request.
 */
public enum ClearChargingProfileStatusEnumType {
    Accepted, Unknown
}
