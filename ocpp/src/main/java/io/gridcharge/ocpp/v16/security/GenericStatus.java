package io.gridcharge.ocpp.v16.security;

/** OCPP 1.6 Security Whitepaper (edition 3), GenericStatusEnumType: whether the central system takes a request on. */
public enum GenericStatus {
    Accepted, Rejected
}
