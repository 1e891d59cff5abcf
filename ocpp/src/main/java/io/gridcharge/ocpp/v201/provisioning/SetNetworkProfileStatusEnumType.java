package io.gridcharge.ocpp.v201.provisioning;

/**
 * OCPP 2.0.1 SetNetworkProfileStatusEnumType: result of operation.
 */
public enum SetNetworkProfileStatusEnumType {
    Accepted, Rejected, Failed
}
