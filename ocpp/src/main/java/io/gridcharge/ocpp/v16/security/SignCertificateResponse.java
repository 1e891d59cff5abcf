package io.gridcharge.ocpp.v16.security;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 Security Whitepaper (edition 3), SignCertificate.conf: whether the central system will have the CSR signed (the certificate follows in CertificateSigned.req). */
public record SignCertificateResponse(GenericStatus status) implements OcppResponse {
    public SignCertificateResponse {
        Require.present(status, "status");
    }
}
