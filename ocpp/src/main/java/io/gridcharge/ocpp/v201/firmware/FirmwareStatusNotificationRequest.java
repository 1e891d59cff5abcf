package io.gridcharge.ocpp.v201.firmware;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 FirmwareStatusNotificationRequest (functional block L Firmware management, use case L01, L02): the
 * station reports the progress of a firmware update.
 *
 * @param requestId The request id that was provided in the UpdateFirmwareRequest that started this firmware
 * update.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record FirmwareStatusNotificationRequest(
        FirmwareStatusEnumType status,
        Integer requestId,
        CustomDataType customData) implements OcppRequest<FirmwareStatusNotificationResponse> {

    public FirmwareStatusNotificationRequest {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static FirmwareStatusNotificationRequest of(FirmwareStatusEnumType status) {
        return new FirmwareStatusNotificationRequest(status, null, null);
    }
}
