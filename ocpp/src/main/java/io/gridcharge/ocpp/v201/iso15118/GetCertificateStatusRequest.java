package io.gridcharge.ocpp.v201.iso15118;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.OCSPRequestDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 GetCertificateStatusRequest (functional block M ISO 15118 certificate management, use case M06):
 * the station asks for the OCSP status of a certificate.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetCertificateStatusRequest(
        OCSPRequestDataType ocspRequestData,
        CustomDataType customData) implements OcppRequest<GetCertificateStatusResponse> {

    public GetCertificateStatusRequest {
        Require.present(ocspRequestData, "ocspRequestData");
    }

    /** The required fields only. */
    public static GetCertificateStatusRequest of(OCSPRequestDataType ocspRequestData) {
        return new GetCertificateStatusRequest(ocspRequestData, null);
    }
}
