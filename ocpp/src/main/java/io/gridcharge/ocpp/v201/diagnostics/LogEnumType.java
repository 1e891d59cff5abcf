package io.gridcharge.ocpp.v201.diagnostics;

/**
 * OCPP 2.0.1 LogEnumType: this contains the type of log file that the Charging Station should send.
 */
public enum LogEnumType {
    DiagnosticsLog, SecurityLog
}
