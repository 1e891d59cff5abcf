package io.gridcharge.ocpp.v201.types;

/**
 * OCPP 2.0.1 IdTokenEnumType: enumeration of possible idToken types.
 */
public enum IdTokenEnumType {
    Central, eMAID, ISO14443, ISO15693, KeyCode, Local, MacAddress, NoAuthorization
}
