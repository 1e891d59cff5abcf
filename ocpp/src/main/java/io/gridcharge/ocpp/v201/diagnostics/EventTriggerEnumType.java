package io.gridcharge.ocpp.v201.diagnostics;

/**
 * OCPP 2.0.1 EventTriggerEnumType: type of monitor that triggered this event, e.g.
 */
public enum EventTriggerEnumType {
    Alerting, Delta, Periodic
}
