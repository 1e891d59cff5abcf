package io.gridcharge.ocpp.v201.firmware;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 PublishFirmwareRequest (functional block L Firmware management, use case L03): the CSMS asks a
 * local controller to publish a firmware image to its stations.
 *
 * @param location This contains a string containing a URI pointing to a location from which to retrieve the
 * firmware.
 * @param retries This specifies how many times Charging Station must try to download the firmware before giving
 * up.
 * @param checksum The MD5 checksum over the entire firmware file as a hexadecimal string of length 32.
 * @param requestId The Id of the request.
 * @param retryInterval The interval in seconds after which a retry may be attempted.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record PublishFirmwareRequest(
        String location,
        Integer retries,
        String checksum,
        Integer requestId,
        Integer retryInterval,
        CustomDataType customData) implements OcppRequest<PublishFirmwareResponse> {

    public PublishFirmwareRequest {
        Require.present(location, "location");
        Require.maxLength(location, 512, "location");
        Require.present(checksum, "checksum");
        Require.maxLength(checksum, 32, "checksum");
        Require.present(requestId, "requestId");
    }

    /** The required fields only. */
    public static PublishFirmwareRequest of(String location, String checksum, Integer requestId) {
        return new PublishFirmwareRequest(location, null, checksum, requestId, null, null);
    }
}
