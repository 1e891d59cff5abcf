package io.gridcharge.ocpp.v201.authorization;

/**
 * OCPP 2.0.1 ClearCacheStatusEnumType: accepted if the Charging Station has executed the request, otherwise
 * rejected.
 */
public enum ClearCacheStatusEnumType {
    Accepted, Rejected
}
