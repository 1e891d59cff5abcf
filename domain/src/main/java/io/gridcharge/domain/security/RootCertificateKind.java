package io.gridcharge.domain.security;

/** The root certificates a station keeps (OCPP 1.6 Security Whitepaper CertificateUseEnumType). */
public enum RootCertificateKind {
    /** Roots the station checks the central system's server certificate against. */
    CENTRAL_SYSTEM_ROOT,
    /** Roots the station checks signed firmware against. */
    MANUFACTURER_ROOT
}
