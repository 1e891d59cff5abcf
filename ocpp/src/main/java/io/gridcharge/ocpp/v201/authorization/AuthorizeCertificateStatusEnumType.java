package io.gridcharge.ocpp.v201.authorization;

/**
 * OCPP 2.0.1 AuthorizeCertificateStatusEnumType: certificate status information.
 */
public enum AuthorizeCertificateStatusEnumType {
    Accepted, SignatureError, CertificateExpired, CertificateRevoked, NoCertificateAvailable, CertChainError,
    ContractCancelled
}
