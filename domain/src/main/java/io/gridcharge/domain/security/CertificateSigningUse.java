package io.gridcharge.domain.security;

/**
 * What a certificate a station asked to have signed is for (OCPP 2.0.1 CertificateSigningUseEnumType, A02/A03):
 * its client certificate towards the platform, or its ISO 15118 certificate towards EVs.
 */
public enum CertificateSigningUse {
    CHARGING_STATION, V2G
}
