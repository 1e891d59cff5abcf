package io.gridcharge.ocpp.v16.security;

/** OCPP 1.6 Security Whitepaper (edition 3), CertificateSignedStatusEnumType: whether the station installed the signed certificate. */
public enum CertificateSignedStatus {
    Accepted, Rejected
}
