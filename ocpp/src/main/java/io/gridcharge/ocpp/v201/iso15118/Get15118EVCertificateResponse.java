package io.gridcharge.ocpp.v201.iso15118;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 Get15118EVCertificateResponse: the answer to {@link Get15118EVCertificateRequest}.
 *
 * @param exiResponse Raw CertificateInstallationRes response for the EV, Base64 encoded.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record Get15118EVCertificateResponse(
        Iso15118EVCertificateStatusEnumType status,
        StatusInfoType statusInfo,
        String exiResponse,
        CustomDataType customData) implements OcppResponse {

    public Get15118EVCertificateResponse {
        Require.present(status, "status");
        Require.present(exiResponse, "exiResponse");
        Require.maxLength(exiResponse, 5600, "exiResponse");
    }

    /** The required fields only. */
    public static Get15118EVCertificateResponse of(Iso15118EVCertificateStatusEnumType status, String exiResponse) {
        return new Get15118EVCertificateResponse(status, null, exiResponse, null);
    }
}
