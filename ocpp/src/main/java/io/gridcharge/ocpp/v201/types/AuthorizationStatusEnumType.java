package io.gridcharge.ocpp.v201.types;

/**
 * OCPP 2.0.1 AuthorizationStatusEnumType: current status of the ID Token.
 */
public enum AuthorizationStatusEnumType {
    Accepted, Blocked, ConcurrentTx, Expired, Invalid, NoCredit, NotAllowedTypeEVSE, NotAtThisLocation,
    NotAtThisTime, Unknown
}
