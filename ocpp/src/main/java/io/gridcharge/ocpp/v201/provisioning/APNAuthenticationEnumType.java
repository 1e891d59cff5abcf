package io.gridcharge.ocpp.v201.provisioning;

/**
 * OCPP 2.0.1 APNAuthenticationEnumType: authentication method.
 */
public enum APNAuthenticationEnumType {
    CHAP, NONE, PAP, AUTO
}
