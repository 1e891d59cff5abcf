package io.gridcharge.ocpp.v201.provisioning;

/**
 * OCPP 2.0.1 GetVariableStatusEnumType: result status of getting the variable.
 */
public enum GetVariableStatusEnumType {
    Accepted, Rejected, UnknownComponent, UnknownVariable, NotSupportedAttributeType
}
