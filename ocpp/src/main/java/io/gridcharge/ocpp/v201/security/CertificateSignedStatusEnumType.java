package io.gridcharge.ocpp.v201.security;

/**
 * OCPP 2.0.1 CertificateSignedStatusEnumType: returns whether certificate signing has been accepted, otherwise
 * rejected.
 */
public enum CertificateSignedStatusEnumType {
    Accepted, Rejected
}
