package io.gridcharge.ocpp.v201.types;

import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 StatusInfoType: element providing more information about the status.
 *
 * @param reasonCode A predefined code for the reason why the status is returned in this response.
 * @param additionalInfo Additional text to provide detailed information.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record StatusInfoType(
        String reasonCode,
        String additionalInfo,
        CustomDataType customData) {

    public StatusInfoType {
        Require.present(reasonCode, "reasonCode");
        Require.maxLength(reasonCode, 20, "reasonCode");
        Require.maxLength(additionalInfo, 512, "additionalInfo");
    }

    /** The required fields only. */
    public static StatusInfoType of(String reasonCode) {
        return new StatusInfoType(reasonCode, null, null);
    }
}
