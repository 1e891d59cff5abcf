package io.gridcharge.ocpp.v201.provisioning;

/**
 * OCPP 2.0.1 ReportBaseEnumType: this field specifies the report base.
 */
public enum ReportBaseEnumType {
    ConfigurationInventory, FullInventory, SummaryInventory
}
