package io.gridcharge.ocpp.v201.provisioning;

/**
 * OCPP 2.0.1 ResetStatusEnumType: this indicates whether the Charging Station is able to perform the reset.
 */
public enum ResetStatusEnumType {
    Accepted, Rejected, Scheduled
}
