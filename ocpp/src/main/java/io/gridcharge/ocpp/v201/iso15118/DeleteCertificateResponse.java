package io.gridcharge.ocpp.v201.iso15118;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 DeleteCertificateResponse: the answer to {@link DeleteCertificateRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record DeleteCertificateResponse(
        DeleteCertificateStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public DeleteCertificateResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static DeleteCertificateResponse of(DeleteCertificateStatusEnumType status) {
        return new DeleteCertificateResponse(status, null, null);
    }
}
