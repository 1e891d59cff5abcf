package io.gridcharge.ocpp.v201.iso15118;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CertificateHashDataType;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 DeleteCertificateRequest (functional block M ISO 15118 certificate management, use case M04): the
 * CSMS asks the station to delete an installed certificate.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record DeleteCertificateRequest(
        CertificateHashDataType certificateHashData,
        CustomDataType customData) implements OcppRequest<DeleteCertificateResponse> {

    public DeleteCertificateRequest {
        Require.present(certificateHashData, "certificateHashData");
    }

    /** The required fields only. */
    public static DeleteCertificateRequest of(CertificateHashDataType certificateHashData) {
        return new DeleteCertificateRequest(certificateHashData, null);
    }
}
