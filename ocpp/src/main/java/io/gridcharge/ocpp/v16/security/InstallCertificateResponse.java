package io.gridcharge.ocpp.v16.security;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 Security Whitepaper (edition 3), InstallCertificate.conf: whether the station installed the root certificate. */
public record InstallCertificateResponse(InstallCertificateStatus status) implements OcppResponse {
    public InstallCertificateResponse {
        Require.present(status, "status");
    }
}
