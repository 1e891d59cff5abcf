package io.gridcharge.ocpp.v16.smartcharging;

/** OCPP 1.6 §7.21 ClearChargingProfileStatus. */
public enum ClearChargingProfileStatus {
    Accepted, Unknown
}
