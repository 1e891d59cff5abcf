package io.gridcharge.ocpp.v201.iso15118;

/**
 * OCPP 2.0.1 GetCertificateIdUseEnumType: indicates the type of the requested certificate(s).
 */
public enum GetCertificateIdUseEnumType {
    V2GRootCertificate, MORootCertificate, CSMSRootCertificate, V2GCertificateChain, ManufacturerRootCertificate
}
