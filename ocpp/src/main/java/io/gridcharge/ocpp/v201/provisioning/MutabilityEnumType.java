package io.gridcharge.ocpp.v201.provisioning;

/**
 * OCPP 2.0.1 MutabilityEnumType: defines the mutability of this attribute.
 */
public enum MutabilityEnumType {
    ReadOnly, WriteOnly, ReadWrite
}
