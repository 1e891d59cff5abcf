package io.gridcharge.ocpp.v201.diagnostics;

/**
 * OCPP 2.0.1 MonitorEnumType: the type of this monitor, e.g.
 */
public enum MonitorEnumType {
    UpperThreshold, LowerThreshold, Delta, Periodic, PeriodicClockAligned
}
