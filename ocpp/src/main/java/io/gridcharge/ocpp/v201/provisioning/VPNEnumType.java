package io.gridcharge.ocpp.v201.provisioning;

/**
 * OCPP 2.0.1 VPNEnumType: type of VPN
 */
public enum VPNEnumType {
    IKEv2, IPSec, L2TP, PPTP
}
