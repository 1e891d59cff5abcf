package io.gridcharge.ocpp.v201.diagnostics;

/**
 * OCPP 2.0.1 MonitoringCriterionEnumType.
 */
public enum MonitoringCriterionEnumType {
    ThresholdMonitoring, DeltaMonitoring, PeriodicMonitoring
}
