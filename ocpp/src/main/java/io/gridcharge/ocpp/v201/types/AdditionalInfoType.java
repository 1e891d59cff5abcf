package io.gridcharge.ocpp.v201.types;

import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 AdditionalInfoType: contains a case insensitive identifier to use for the authorization and the
 * type of authorization to support multiple forms of identifiers.
 *
 * @param additionalIdToken This field specifies the additional IdToken.
 * @param type This defines the type of the additionalIdToken.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record AdditionalInfoType(
        String additionalIdToken,
        String type,
        CustomDataType customData) {

    public AdditionalInfoType {
        Require.present(additionalIdToken, "additionalIdToken");
        Require.maxLength(additionalIdToken, 36, "additionalIdToken");
        Require.present(type, "type");
        Require.maxLength(type, 50, "type");
    }

    /** The required fields only. */
    public static AdditionalInfoType of(String additionalIdToken, String type) {
        return new AdditionalInfoType(additionalIdToken, type, null);
    }
}
