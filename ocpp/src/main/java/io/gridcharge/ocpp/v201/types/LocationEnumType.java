package io.gridcharge.ocpp.v201.types;

/**
 * OCPP 2.0.1 LocationEnumType: indicates where the measured value has been sampled.
 */
public enum LocationEnumType {
    Body, Cable, EV, Inlet, Outlet
}
