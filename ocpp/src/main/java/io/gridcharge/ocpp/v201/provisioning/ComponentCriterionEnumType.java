package io.gridcharge.ocpp.v201.provisioning;

/**
 * OCPP 2.0.1 ComponentCriterionEnumType: which components a GetReport reports on: Active, Available, Enabled or
 * Problem ones (B08).
 */
public enum ComponentCriterionEnumType {
    Active, Available, Enabled, Problem
}
