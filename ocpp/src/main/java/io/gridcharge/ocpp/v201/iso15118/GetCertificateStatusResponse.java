package io.gridcharge.ocpp.v201.iso15118;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 GetCertificateStatusResponse: the answer to {@link GetCertificateStatusRequest}.
 *
 * @param ocspResult OCSPResponse class as defined in IETF RFC 6960.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetCertificateStatusResponse(
        GetCertificateStatusEnumType status,
        StatusInfoType statusInfo,
        String ocspResult,
        CustomDataType customData) implements OcppResponse {

    public GetCertificateStatusResponse {
        Require.present(status, "status");
        Require.maxLength(ocspResult, 5500, "ocspResult");
    }

    /** The required fields only. */
    public static GetCertificateStatusResponse of(GetCertificateStatusEnumType status) {
        return new GetCertificateStatusResponse(status, null, null, null);
    }
}
