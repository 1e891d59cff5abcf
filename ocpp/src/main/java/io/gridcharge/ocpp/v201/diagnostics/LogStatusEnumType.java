package io.gridcharge.ocpp.v201.diagnostics;

/**
 * OCPP 2.0.1 LogStatusEnumType: this field indicates whether the Charging Station was able to accept the
 * request.
 */
public enum LogStatusEnumType {
    Accepted, Rejected, AcceptedCanceled
}
