package io.gridcharge.ocpp.v16.core;

/** OCPP 1.6 §7.49 ValueFormat: a sampled value is a plain number (Raw) or a signed meter blob (SignedData). */
public enum ValueFormat {
    Raw, SignedData
}
