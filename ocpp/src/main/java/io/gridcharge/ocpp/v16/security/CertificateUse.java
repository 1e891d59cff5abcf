package io.gridcharge.ocpp.v16.security;

/** OCPP 1.6 Security Whitepaper (edition 3), CertificateUseEnumType: which kind of root certificate is meant. */
public enum CertificateUse {
    CentralSystemRootCertificate, ManufacturerRootCertificate
}
