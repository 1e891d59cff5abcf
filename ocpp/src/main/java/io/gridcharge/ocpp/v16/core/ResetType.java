package io.gridcharge.ocpp.v16.core;

/** OCPP 1.6 §7.42 ResetType. */
public enum ResetType {
    Hard, Soft
}
