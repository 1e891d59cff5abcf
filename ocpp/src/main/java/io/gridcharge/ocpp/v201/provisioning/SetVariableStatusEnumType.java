package io.gridcharge.ocpp.v201.provisioning;

/**
 * OCPP 2.0.1 SetVariableStatusEnumType: result status of setting the variable.
 */
public enum SetVariableStatusEnumType {
    Accepted, Rejected, UnknownComponent, UnknownVariable, NotSupportedAttributeType, RebootRequired
}
