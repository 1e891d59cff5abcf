package io.gridcharge.domain.security;

/**
 * The certificates a station keeps beside its own (OCPP 1.6 Security Whitepaper CertificateUseEnumType; OCPP
 * 2.0.1 InstallCertificateUseEnumType and GetCertificateIdUseEnumType). The ISO 15118 kinds exist on 2.0.1
 * stations only.
 */
public enum RootCertificateKind {
    /** Roots the station checks the central system's server certificate against (2.0.1: CSMSRootCertificate). */
    CENTRAL_SYSTEM_ROOT,
    /** Roots the station checks signed firmware against. */
    MANUFACTURER_ROOT,
    /** ISO 15118 V2G root: the station's V2G certificate and the EVs' chains derive from it (2.0.1 only). */
    V2G_ROOT,
    /** A mobility operator's root, for contract certificates not derived from the V2G root (2.0.1 only). */
    MO_ROOT,
    /**
     * The station's own ISO 15118 V2G certificate with its sub-CAs (2.0.1 only): it can be listed and deleted,
     * never installed, since it comes with CertificateSigned.
     */
    V2G_CERTIFICATE_CHAIN;

    /** Whether a station speaking OCPP 1.6 with the Security Whitepaper knows this kind. */
    public boolean inOcpp16() {
        return this == CENTRAL_SYSTEM_ROOT || this == MANUFACTURER_ROOT;
    }
}
