package io.gridcharge.ocpp.v16.security;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 Security Whitepaper (edition 3), DeleteCertificate.conf: whether the station deleted the certificate. */
public record DeleteCertificateResponse(DeleteCertificateStatus status) implements OcppResponse {
    public DeleteCertificateResponse {
        Require.present(status, "status");
    }
}
