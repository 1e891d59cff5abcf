package io.gridcharge.ocpp.v201.authorization;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.IdTokenType;
import io.gridcharge.ocpp.v201.types.OCSPRequestDataType;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 AuthorizeRequest (functional block C Authorization, use case C01, C03, C05, C07): the station asks
 * whether an id token may charge.
 *
 * @param certificate The X.509 certificated presented by EV and encoded in PEM format.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record AuthorizeRequest(
        IdTokenType idToken,
        String certificate,
        List<OCSPRequestDataType> iso15118CertificateHashData,
        CustomDataType customData) implements OcppRequest<AuthorizeResponse> {

    public AuthorizeRequest {
        Require.present(idToken, "idToken");
        Require.maxLength(certificate, 5500, "certificate");
        iso15118CertificateHashData = Require.size(iso15118CertificateHashData, 1, 4, "iso15118CertificateHashData");
    }

    /** The required fields only. */
    public static AuthorizeRequest of(IdTokenType idToken) {
        return new AuthorizeRequest(idToken, null, null, null);
    }
}
