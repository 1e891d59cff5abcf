package io.gridcharge.ocpp.v201.iso15118;

/**
 * OCPP 2.0.1 InstallCertificateStatusEnumType: charging Station indicates if installation was successful.
 */
public enum InstallCertificateStatusEnumType {
    Accepted, Rejected, Failed
}
