package io.gridcharge.ocpp.v201.iso15118;

/**
 * OCPP 2.0.1 InstallCertificateUseEnumType: indicates the certificate type that is sent.
 */
public enum InstallCertificateUseEnumType {
    V2GRootCertificate, MORootCertificate, CSMSRootCertificate, ManufacturerRootCertificate
}
