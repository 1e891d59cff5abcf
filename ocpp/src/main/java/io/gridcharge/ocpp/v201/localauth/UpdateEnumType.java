package io.gridcharge.ocpp.v201.localauth;

/**
 * OCPP 2.0.1 UpdateEnumType: this contains the type of update (full or differential) of this request.
 */
public enum UpdateEnumType {
    Differential, Full
}
