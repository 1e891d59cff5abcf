package io.gridcharge.ocpp.v16.smartcharging;

/** OCPP 1.6 §7.11 ChargingProfileStatus: the station's answer to SetChargingProfile. */
public enum ChargingProfileStatus {
    Accepted, Rejected, NotSupported
}
