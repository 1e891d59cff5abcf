package io.gridcharge.ocpp.v201.types;

import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 IdTokenType: contains a case insensitive identifier to use for the authorization and the type of
 * authorization to support multiple forms of identifiers.
 *
 * @param idToken IdToken is case insensitive.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record IdTokenType(
        List<AdditionalInfoType> additionalInfo,
        String idToken,
        IdTokenEnumType type,
        CustomDataType customData) {

    public IdTokenType {
        additionalInfo = Require.size(additionalInfo, 1, Integer.MAX_VALUE, "additionalInfo");
        Require.present(idToken, "idToken");
        Require.maxLength(idToken, 36, "idToken");
        Require.present(type, "type");
    }

    /** The required fields only. */
    public static IdTokenType of(String idToken, IdTokenEnumType type) {
        return new IdTokenType(null, idToken, type, null);
    }
}
