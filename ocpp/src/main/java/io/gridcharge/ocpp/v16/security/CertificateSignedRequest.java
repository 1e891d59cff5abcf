package io.gridcharge.ocpp.v16.security;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 1.6 Security Whitepaper (edition 3), CertificateSigned.req: the signed ChargePointCertificate, PEM,
 * followed by the certificates of the chain up to (not including) the root.
 */
public record CertificateSignedRequest(String certificateChain) implements OcppRequest<CertificateSignedResponse> {
    public CertificateSignedRequest {
        Require.present(certificateChain, "certificateChain");
        Require.maxLength(certificateChain, 10_000, "certificateChain");
    }
}
