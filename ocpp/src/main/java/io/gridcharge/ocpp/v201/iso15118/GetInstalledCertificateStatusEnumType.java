package io.gridcharge.ocpp.v201.iso15118;

/**
 * OCPP 2.0.1 GetInstalledCertificateStatusEnumType: charging Station indicates if it can process the request.
 */
public enum GetInstalledCertificateStatusEnumType {
    Accepted, NotFound
}
