package io.gridcharge.ocpp.v201.diagnostics;

/**
 * OCPP 2.0.1 CustomerInformationStatusEnumType: indicates whether the request was accepted.
 */
public enum CustomerInformationStatusEnumType {
    Accepted, Rejected, Invalid
}
