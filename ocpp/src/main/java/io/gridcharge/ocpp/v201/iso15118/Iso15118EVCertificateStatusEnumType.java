package io.gridcharge.ocpp.v201.iso15118;

/**
 * OCPP 2.0.1 Iso15118EVCertificateStatusEnumType: indicates whether the message was processed properly.
 */
public enum Iso15118EVCertificateStatusEnumType {
    Accepted, Failed
}
