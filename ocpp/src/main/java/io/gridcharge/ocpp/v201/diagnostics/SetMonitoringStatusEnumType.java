package io.gridcharge.ocpp.v201.diagnostics;

/**
 * OCPP 2.0.1 SetMonitoringStatusEnumType: status is OK if a value could be returned.
 */
public enum SetMonitoringStatusEnumType {
    Accepted, UnknownComponent, UnknownVariable, UnsupportedMonitorType, Rejected, Duplicate
}
