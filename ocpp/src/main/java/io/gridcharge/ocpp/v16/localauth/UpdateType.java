package io.gridcharge.ocpp.v16.localauth;

/** OCPP 1.6 §7.48 UpdateType: whether a SendLocalList replaces the list or changes it. */
public enum UpdateType {
    Differential, Full
}
