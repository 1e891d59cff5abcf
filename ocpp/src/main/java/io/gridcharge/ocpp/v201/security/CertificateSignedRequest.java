package io.gridcharge.ocpp.v201.security;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 CertificateSignedRequest (functional block A Security, use case A02, A03): the CSMS returns the
 * certificate chain it signed for the station.
 *
 * @param certificateChain The signed PEM encoded X.509 certificate.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record CertificateSignedRequest(
        String certificateChain,
        CertificateSigningUseEnumType certificateType,
        CustomDataType customData) implements OcppRequest<CertificateSignedResponse> {

    public CertificateSignedRequest {
        Require.present(certificateChain, "certificateChain");
        Require.maxLength(certificateChain, 10000, "certificateChain");
    }

    /** The required fields only. */
    public static CertificateSignedRequest of(String certificateChain) {
        return new CertificateSignedRequest(certificateChain, null, null);
    }
}
