package io.gridcharge.ocpp.v201.iso15118;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 Get15118EVCertificateRequest (functional block M ISO 15118 certificate management, use case M01,
 * M02): the station relays an EV's request to install or update its contract certificate.
 *
 * @param iso15118SchemaVersion Schema version currently used for the 15118 session between EV and Charging
 * Station.
 * @param exiRequest Raw CertificateInstallationReq request from EV, Base64 encoded.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record Get15118EVCertificateRequest(
        String iso15118SchemaVersion,
        CertificateActionEnumType action,
        String exiRequest,
        CustomDataType customData) implements OcppRequest<Get15118EVCertificateResponse> {

    public Get15118EVCertificateRequest {
        Require.present(iso15118SchemaVersion, "iso15118SchemaVersion");
        Require.maxLength(iso15118SchemaVersion, 50, "iso15118SchemaVersion");
        Require.present(action, "action");
        Require.present(exiRequest, "exiRequest");
        Require.maxLength(exiRequest, 5600, "exiRequest");
    }

    /** The required fields only. */
    public static Get15118EVCertificateRequest of(
            String iso15118SchemaVersion,
            CertificateActionEnumType action,
            String exiRequest) {
        return new Get15118EVCertificateRequest(iso15118SchemaVersion, action, exiRequest, null);
    }
}
