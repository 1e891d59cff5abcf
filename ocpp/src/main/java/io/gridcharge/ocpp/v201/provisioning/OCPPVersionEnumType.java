package io.gridcharge.ocpp.v201.provisioning;

/**
 * OCPP 2.0.1 OCPPVersionEnumType: defines the OCPP version used for this communication function.
 */
public enum OCPPVersionEnumType {
    OCPP12, OCPP15, OCPP16, OCPP20
}
