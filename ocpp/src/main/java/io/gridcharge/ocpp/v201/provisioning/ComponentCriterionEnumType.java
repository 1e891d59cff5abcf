package io.gridcharge.ocpp.v201.provisioning;

/**
 * OCPP 2.0.1 ComponentCriterionEnumType.
 */
public enum ComponentCriterionEnumType {
    Active, Available, Enabled, Problem
}
