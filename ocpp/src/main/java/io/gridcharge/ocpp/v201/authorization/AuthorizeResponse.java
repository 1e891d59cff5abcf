package io.gridcharge.ocpp.v201.authorization;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.IdTokenInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 AuthorizeResponse: the answer to {@link AuthorizeRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record AuthorizeResponse(
        IdTokenInfoType idTokenInfo,
        AuthorizeCertificateStatusEnumType certificateStatus,
        CustomDataType customData) implements OcppResponse {

    public AuthorizeResponse {
        Require.present(idTokenInfo, "idTokenInfo");
    }

    /** The required fields only. */
    public static AuthorizeResponse of(IdTokenInfoType idTokenInfo) {
        return new AuthorizeResponse(idTokenInfo, null, null);
    }
}
