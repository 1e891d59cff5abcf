package io.gridcharge.ocpp.v16.core;

/** OCPP 1.6 §7.20 ClearCacheStatus. */
public enum ClearCacheStatus {
    Accepted, Rejected
}
