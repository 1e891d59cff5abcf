package io.gridcharge.domain.security;

/** Which log GetLog asks a station to upload (OCPP 1.6 Security Whitepaper LogEnumType). */
public enum LogKind {
    DIAGNOSTICS, SECURITY
}
