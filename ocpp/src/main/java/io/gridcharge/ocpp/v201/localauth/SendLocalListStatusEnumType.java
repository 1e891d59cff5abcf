package io.gridcharge.ocpp.v201.localauth;

/**
 * OCPP 2.0.1 SendLocalListStatusEnumType: this indicates whether the Charging Station has successfully received
 * and applied the update of the Local Authorization List.
 */
public enum SendLocalListStatusEnumType {
    Accepted, Failed, VersionMismatch
}
