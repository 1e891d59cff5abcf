package io.gridcharge.ocpp.v201.security;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 SignCertificateRequest (functional block A Security, use case A02, A03): the station sends a
 * certificate signing request for the CSMS to sign.
 *
 * @param csr The Charging Station SHALL send the public key in form of a Certificate Signing Request (CSR) as
 * described in RFC 2986 [22] and then PEM encoded, using the ...
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SignCertificateRequest(
        String csr,
        CertificateSigningUseEnumType certificateType,
        CustomDataType customData) implements OcppRequest<SignCertificateResponse> {

    public SignCertificateRequest {
        Require.present(csr, "csr");
        Require.maxLength(csr, 5500, "csr");
    }

    /** The required fields only. */
    public static SignCertificateRequest of(String csr) {
        return new SignCertificateRequest(csr, null, null);
    }
}
