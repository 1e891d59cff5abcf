package io.gridcharge.ocpp.v201.diagnostics;

/**
 * OCPP 2.0.1 ClearMonitoringStatusEnumType: result of the clear request for this monitor, identified by its Id.
 */
public enum ClearMonitoringStatusEnumType {
    Accepted, Rejected, NotFound
}
