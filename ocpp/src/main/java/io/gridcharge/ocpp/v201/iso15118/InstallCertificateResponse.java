package io.gridcharge.ocpp.v201.iso15118;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 InstallCertificateResponse: the answer to {@link InstallCertificateRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record InstallCertificateResponse(
        InstallCertificateStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public InstallCertificateResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static InstallCertificateResponse of(InstallCertificateStatusEnumType status) {
        return new InstallCertificateResponse(status, null, null);
    }
}
