package io.gridcharge.ocpp.v201.firmware;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 UnpublishFirmwareRequest (functional block L Firmware management, use case L04): the CSMS asks a
 * local controller to stop publishing a firmware image.
 *
 * @param checksum The MD5 checksum over the entire firmware file as a hexadecimal string of length 32.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record UnpublishFirmwareRequest(
        String checksum,
        CustomDataType customData) implements OcppRequest<UnpublishFirmwareResponse> {

    public UnpublishFirmwareRequest {
        Require.present(checksum, "checksum");
        Require.maxLength(checksum, 32, "checksum");
    }

    /** The required fields only. */
    public static UnpublishFirmwareRequest of(String checksum) {
        return new UnpublishFirmwareRequest(checksum, null);
    }
}
