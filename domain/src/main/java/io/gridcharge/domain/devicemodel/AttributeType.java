package io.gridcharge.domain.devicemodel;

/** Which value of a variable an attribute holds (OCPP 2.0.1 AttributeEnumType). */
public enum AttributeType {
    /** The value in use. */
    ACTUAL,
    /** The value the station is moving to. */
    TARGET,
    /** The lowest value that may be set. */
    MIN_SET,
    /** The highest value that may be set. */
    MAX_SET
}
