package io.gridcharge.ocpp.v201.provisioning;

/**
 * OCPP 2.0.1 RegistrationStatusEnumType: this contains whether the Charging Station has been registered within
 * the CSMS.
 */
public enum RegistrationStatusEnumType {
    Accepted, Pending, Rejected
}
