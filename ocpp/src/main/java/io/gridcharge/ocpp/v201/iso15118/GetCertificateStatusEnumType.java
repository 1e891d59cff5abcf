package io.gridcharge.ocpp.v201.iso15118;

/**
 * OCPP 2.0.1 GetCertificateStatusEnumType: this indicates whether the charging station was able to retrieve the
 * OCSP certificate status.
 */
public enum GetCertificateStatusEnumType {
    Accepted, Failed
}
