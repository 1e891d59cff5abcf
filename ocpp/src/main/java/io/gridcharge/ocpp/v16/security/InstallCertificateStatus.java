package io.gridcharge.ocpp.v16.security;

/** OCPP 1.6 Security Whitepaper (edition 3), InstallCertificateStatusEnumType. */
public enum InstallCertificateStatus {
    Accepted, Failed, Rejected
}
