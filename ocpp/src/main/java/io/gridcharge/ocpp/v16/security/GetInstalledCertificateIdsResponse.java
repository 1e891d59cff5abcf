package io.gridcharge.ocpp.v16.security;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 1.6 Security Whitepaper (edition 3), GetInstalledCertificateIds.conf: the certificates found; the list,
 * when present, has at least one entry.
 */
public record GetInstalledCertificateIdsResponse(GetInstalledCertificateStatus status,
                                                 List<CertificateHashData> certificateHashData)
        implements OcppResponse {
    public GetInstalledCertificateIdsResponse {
        Require.present(status, "status");
        certificateHashData = Require.size(certificateHashData, 1, Integer.MAX_VALUE, "certificateHashData");
    }
}
