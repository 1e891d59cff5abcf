package io.gridcharge.ocpp.v16.security;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 Security Whitepaper (edition 3), GetInstalledCertificateIds.req: list the root certificates of a kind. */
public record GetInstalledCertificateIdsRequest(CertificateUse certificateType)
        implements OcppRequest<GetInstalledCertificateIdsResponse> {
    public GetInstalledCertificateIdsRequest {
        Require.present(certificateType, "certificateType");
    }
}
