package io.gridcharge.ocpp.v16.smartcharging;

/** OCPP 1.6 §7.10 ChargingProfilePurposeType: which stack of profiles a profile belongs to. */
public enum ChargingProfilePurposeType {
    ChargePointMaxProfile, TxDefaultProfile, TxProfile
}
