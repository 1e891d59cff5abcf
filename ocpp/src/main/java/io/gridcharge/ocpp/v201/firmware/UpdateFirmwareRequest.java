package io.gridcharge.ocpp.v201.firmware;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 UpdateFirmwareRequest (functional block L Firmware management, use case L01, L02): the CSMS asks
 * the station to download and install (signed) firmware.
 *
 * @param retries This specifies how many times Charging Station must try to download the firmware before giving
 * up.
 * @param retryInterval The interval in seconds after which a retry may be attempted.
 * @param requestId The Id of this request
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record UpdateFirmwareRequest(
        Integer retries,
        Integer retryInterval,
        Integer requestId,
        FirmwareType firmware,
        CustomDataType customData) implements OcppRequest<UpdateFirmwareResponse> {

    public UpdateFirmwareRequest {
        Require.present(requestId, "requestId");
        Require.present(firmware, "firmware");
    }

    /** The required fields only. */
    public static UpdateFirmwareRequest of(Integer requestId, FirmwareType firmware) {
        return new UpdateFirmwareRequest(null, null, requestId, firmware, null);
    }
}
