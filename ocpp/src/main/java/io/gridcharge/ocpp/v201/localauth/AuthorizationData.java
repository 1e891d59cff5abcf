package io.gridcharge.ocpp.v201.localauth;

import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.IdTokenInfoType;
import io.gridcharge.ocpp.v201.types.IdTokenType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 AuthorizationData: contains the identifier to use for authorization.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record AuthorizationData(
        IdTokenType idToken,
        IdTokenInfoType idTokenInfo,
        CustomDataType customData) {

    public AuthorizationData {
        Require.present(idToken, "idToken");
    }

    /** The required fields only. */
    public static AuthorizationData of(IdTokenType idToken) {
        return new AuthorizationData(idToken, null, null);
    }
}
