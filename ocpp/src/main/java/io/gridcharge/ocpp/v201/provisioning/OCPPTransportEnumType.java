package io.gridcharge.ocpp.v201.provisioning;

/**
 * OCPP 2.0.1 OCPPTransportEnumType: defines the transport protocol (e.g.
 */
public enum OCPPTransportEnumType {
    JSON, SOAP
}
