package io.gridcharge.ocpp.v201.security;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.GenericStatusEnumType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 SignCertificateResponse: the answer to {@link SignCertificateRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SignCertificateResponse(
        GenericStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public SignCertificateResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static SignCertificateResponse of(GenericStatusEnumType status) {
        return new SignCertificateResponse(status, null, null);
    }
}
