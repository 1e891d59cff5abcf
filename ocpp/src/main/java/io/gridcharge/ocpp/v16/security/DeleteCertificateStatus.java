package io.gridcharge.ocpp.v16.security;

/** OCPP 1.6 Security Whitepaper (edition 3), DeleteCertificateStatusEnumType. */
public enum DeleteCertificateStatus {
    Accepted, Failed, NotFound
}
