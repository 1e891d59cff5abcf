package io.gridcharge.ocpp.v201.diagnostics;

/**
 * OCPP 2.0.1 MonitoringCriterionEnumType: which monitors a GetMonitoringReport reports on: threshold, delta or
 * periodic ones (N02).
 */
public enum MonitoringCriterionEnumType {
    ThresholdMonitoring, DeltaMonitoring, PeriodicMonitoring
}
