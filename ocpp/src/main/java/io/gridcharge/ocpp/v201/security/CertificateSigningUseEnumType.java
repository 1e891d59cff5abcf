package io.gridcharge.ocpp.v201.security;

/**
 * OCPP 2.0.1 CertificateSigningUseEnumType: indicates the type of certificate that is to be signed.
 */
public enum CertificateSigningUseEnumType {
    ChargingStationCertificate, V2GCertificate
}
