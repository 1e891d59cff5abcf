package io.gridcharge.ocpp.v201.types;

/**
 * OCPP 2.0.1 GenericStatusEnumType: specifies whether the CSMS can process the request.
 */
public enum GenericStatusEnumType {
    Accepted, Rejected
}
