package io.gridcharge.ocpp.v16.security;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 1.6 Security Whitepaper (edition 3), SignCertificate.req: the station sends a PEM-encoded PKCS#10
 * certificate signing request for its ChargePointCertificate (use case A02/A03).
 */
public record SignCertificateRequest(String csr) implements OcppRequest<SignCertificateResponse> {
    public SignCertificateRequest {
        Require.present(csr, "csr");
        Require.maxLength(csr, 5500, "csr");
    }
}
