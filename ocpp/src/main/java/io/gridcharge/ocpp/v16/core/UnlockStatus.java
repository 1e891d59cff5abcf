package io.gridcharge.ocpp.v16.core;

/** OCPP 1.6 §7.46 UnlockStatus. */
public enum UnlockStatus {
    Unlocked, UnlockFailed, NotSupported
}
