package io.gridcharge.ocpp.v201.iso15118;

/**
 * OCPP 2.0.1 DeleteCertificateStatusEnumType: charging Station indicates if it can process the request.
 */
public enum DeleteCertificateStatusEnumType {
    Accepted, Failed, NotFound
}
