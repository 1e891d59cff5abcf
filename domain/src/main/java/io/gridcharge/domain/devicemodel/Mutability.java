package io.gridcharge.domain.devicemodel;

/** Whether the platform may read and write an attribute (OCPP 2.0.1 MutabilityEnumType). */
public enum Mutability {
    READ_ONLY, WRITE_ONLY, READ_WRITE
}
