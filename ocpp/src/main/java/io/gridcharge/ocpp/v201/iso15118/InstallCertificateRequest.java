package io.gridcharge.ocpp.v201.iso15118;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 InstallCertificateRequest (functional block M ISO 15118 certificate management, use case M05): the
 * CSMS installs a root certificate on the station.
 *
 * @param certificate A PEM encoded X.509 certificate.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record InstallCertificateRequest(
        InstallCertificateUseEnumType certificateType,
        String certificate,
        CustomDataType customData) implements OcppRequest<InstallCertificateResponse> {

    public InstallCertificateRequest {
        Require.present(certificateType, "certificateType");
        Require.present(certificate, "certificate");
        Require.maxLength(certificate, 5500, "certificate");
    }

    /** The required fields only. */
    public static InstallCertificateRequest of(InstallCertificateUseEnumType certificateType, String certificate) {
        return new InstallCertificateRequest(certificateType, certificate, null);
    }
}
