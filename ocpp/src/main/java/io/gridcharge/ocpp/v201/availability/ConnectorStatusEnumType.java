package io.gridcharge.ocpp.v201.availability;

/**
 * OCPP 2.0.1 ConnectorStatusEnumType: this contains the current status of the Connector.
 */
public enum ConnectorStatusEnumType {
    Available, Occupied, Reserved, Unavailable, Faulted
}
