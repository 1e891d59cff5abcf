package io.gridcharge.ocpp.v201.types;

import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 MessageContentType: contains message details, for a message to be displayed on a Charging Station.
 *
 * @param language Message language identifier.
 * @param content Message contents.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record MessageContentType(
        MessageFormatEnumType format,
        String language,
        String content,
        CustomDataType customData) {

    public MessageContentType {
        Require.present(format, "format");
        Require.maxLength(language, 8, "language");
        Require.present(content, "content");
        Require.maxLength(content, 512, "content");
    }

    /** The required fields only. */
    public static MessageContentType of(MessageFormatEnumType format, String content) {
        return new MessageContentType(format, null, content, null);
    }
}
