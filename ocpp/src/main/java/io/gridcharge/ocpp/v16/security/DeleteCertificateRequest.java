package io.gridcharge.ocpp.v16.security;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 Security Whitepaper (edition 3), DeleteCertificate.req: remove the installed certificate named. */
public record DeleteCertificateRequest(CertificateHashData certificateHashData)
        implements OcppRequest<DeleteCertificateResponse> {
    public DeleteCertificateRequest {
        Require.present(certificateHashData, "certificateHashData");
    }
}
