package io.gridcharge.ocpp.v201.types;

/**
 * OCPP 2.0.1 GenericDeviceModelStatusEnumType: indicates whether the Charging Station was able to accept the
 * request.
 */
public enum GenericDeviceModelStatusEnumType {
    Accepted, Rejected, NotSupported, EmptyResultSet
}
