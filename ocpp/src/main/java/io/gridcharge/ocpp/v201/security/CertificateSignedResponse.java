package io.gridcharge.ocpp.v201.security;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 CertificateSignedResponse: the answer to {@link CertificateSignedRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record CertificateSignedResponse(
        CertificateSignedStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public CertificateSignedResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static CertificateSignedResponse of(CertificateSignedStatusEnumType status) {
        return new CertificateSignedResponse(status, null, null);
    }
}
