package io.gridcharge.ocpp.v201.provisioning;

/**
 * OCPP 2.0.1 AttributeEnumType: type of attribute:
 */
public enum AttributeEnumType {
    Actual, Target, MinSet, MaxSet
}
