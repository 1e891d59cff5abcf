package io.gridcharge.ocpp.v201.provisioning;

/**
 * OCPP 2.0.1 OCPPInterfaceEnumType: applicable Network Interface.
 */
public enum OCPPInterfaceEnumType {
    Wired0, Wired1, Wired2, Wired3, Wireless0, Wireless1, Wireless2, Wireless3
}
