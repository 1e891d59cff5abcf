package io.gridcharge.ocpp.v201.iso15118;

/**
 * OCPP 2.0.1 CertificateActionEnumType: defines whether certificate needs to be installed or updated.
 */
public enum CertificateActionEnumType {
    Install, Update
}
