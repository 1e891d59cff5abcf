package io.gridcharge.ocpp.v201.diagnostics;

/**
 * OCPP 2.0.1 MonitoringBaseEnumType: specify which monitoring base will be set
 */
public enum MonitoringBaseEnumType {
    All, FactoryDefault, HardWiredOnly
}
