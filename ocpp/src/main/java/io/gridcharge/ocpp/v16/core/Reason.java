package io.gridcharge.ocpp.v16.core;

/** OCPP 1.6 §7.36 Reason: why a transaction stopped; an absent reason means Local (§6.49). */
public enum Reason {
    EmergencyStop,
    EVDisconnected,
    HardReset,
    Local,
    Other,
    PowerLoss,
    Reboot,
    Remote,
    SoftReset,
    UnlockCommand,
    DeAuthorized
}
