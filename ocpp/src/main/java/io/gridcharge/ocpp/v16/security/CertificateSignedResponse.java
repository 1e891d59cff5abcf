package io.gridcharge.ocpp.v16.security;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 Security Whitepaper (edition 3), CertificateSigned.conf: whether the station accepted the signed certificate chain. */
public record CertificateSignedResponse(CertificateSignedStatus status) implements OcppResponse {
    public CertificateSignedResponse {
        Require.present(status, "status");
    }
}
