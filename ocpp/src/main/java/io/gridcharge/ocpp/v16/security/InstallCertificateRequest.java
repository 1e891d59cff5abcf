package io.gridcharge.ocpp.v16.security;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 Security Whitepaper (edition 3), InstallCertificate.req: a PEM root certificate for the station to trust. */
public record InstallCertificateRequest(CertificateUse certificateType, String certificate)
        implements OcppRequest<InstallCertificateResponse> {
    public InstallCertificateRequest {
        Require.present(certificateType, "certificateType");
        Require.present(certificate, "certificate");
        Require.maxLength(certificate, 5500, "certificate");
    }
}
