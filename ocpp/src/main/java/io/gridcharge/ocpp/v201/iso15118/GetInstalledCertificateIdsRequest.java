package io.gridcharge.ocpp.v201.iso15118;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 GetInstalledCertificateIdsRequest (functional block M ISO 15118 certificate management, use case
 * M03): the CSMS asks which certificates the station has installed.
 *
 * @param certificateType Indicates the type of certificates requested.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetInstalledCertificateIdsRequest(
        List<GetCertificateIdUseEnumType> certificateType,
        CustomDataType customData) implements OcppRequest<GetInstalledCertificateIdsResponse> {

    public GetInstalledCertificateIdsRequest {
        certificateType = Require.size(certificateType, 1, Integer.MAX_VALUE, "certificateType");
    }

    /** No optional field set. */
    public static GetInstalledCertificateIdsRequest of() {
        return new GetInstalledCertificateIdsRequest(null, null);
    }
}
