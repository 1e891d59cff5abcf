package io.gridcharge.ocpp.v201.iso15118;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 GetInstalledCertificateIdsResponse: the answer to {@link GetInstalledCertificateIdsRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetInstalledCertificateIdsResponse(
        GetInstalledCertificateStatusEnumType status,
        StatusInfoType statusInfo,
        List<CertificateHashDataChainType> certificateHashDataChain,
        CustomDataType customData) implements OcppResponse {

    public GetInstalledCertificateIdsResponse {
        Require.present(status, "status");
        certificateHashDataChain = Require.size(certificateHashDataChain, 1, Integer.MAX_VALUE,
                "certificateHashDataChain");
    }

    /** The required fields only. */
    public static GetInstalledCertificateIdsResponse of(GetInstalledCertificateStatusEnumType status) {
        return new GetInstalledCertificateIdsResponse(status, null, null, null);
    }
}
