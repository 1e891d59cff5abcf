package io.gridcharge.ocpp.v201.types;

/**
 * OCPP 2.0.1 MessageFormatEnumType: format of the message.
 */
public enum MessageFormatEnumType {
    ASCII, HTML, URI, UTF8
}
