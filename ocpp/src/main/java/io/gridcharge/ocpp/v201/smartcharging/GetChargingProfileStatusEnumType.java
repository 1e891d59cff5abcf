package io.gridcharge.ocpp.v201.smartcharging;

/**
 * OCPP 2.0.1 GetChargingProfileStatusEnumType: this indicates whether the Charging Station is able to process
 * this request and will send ReportChargingProfilesRequest
 * messages.
 */
public enum GetChargingProfileStatusEnumType {
    Accepted, NoProfiles
}
