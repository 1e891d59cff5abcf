package io.gridcharge.domain.security;

import io.gridcharge.domain.station.StationId;
import java.util.Optional;

/**
 * Port: the platform's certificate authority (implemented outside the domain, with Bouncy Castle).
 */
public interface CertificateAuthority {

    /**
     * Issues a ChargePointCertificate for a station's PKCS#10 request (SignCertificate, OCPP 1.6 Security
     * Whitepaper A02/A03). Whatever subject the request asks for, the certificate names the station: its id as
     * commonName and the operator's organization as organizationName (whitepaper §2.4).
     *
     * @throws io.gridcharge.domain.shared.InvalidInput when the request is not a PEM PKCS#10 request, its
     *                                                  signature does not verify, or its key is too weak
     */
    IssuedCertificate signStationCertificate(StationId station, String csrPem);

    /**
     * Issues a V2GCertificate (OCPP 2.0.1 A03: the station's ISO 15118 SECC certificate) for a station's request,
     * named as {@link #signStationCertificate}; the chain holds the CA certificates below the root that signed it.
     * By default the same as a station certificate.
     */
    default IssuedCertificate signV2gCertificate(StationId station, String csrPem) {
        return signStationCertificate(station, csrPem);
    }

    /** The root certificate, PEM: what stations install as CentralSystemRootCertificate. */
    String rootCertificatePem();

    /**
     * This CA's answer on whether a certificate it issued is revoked (OCPP 2.0.1 M06, GetCertificateStatus): an
     * OCSPResponse of RFC 6960, DER encoded then base64, signed by the CA. Empty when {@code certificate} names
     * another issuer, whose revocation this CA cannot know.
     */
    default Optional<String> certificateStatus(CertificateId certificate) {
        return Optional.empty();
    }
}
