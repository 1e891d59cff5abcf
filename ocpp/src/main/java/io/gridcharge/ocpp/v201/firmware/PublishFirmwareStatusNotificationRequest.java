package io.gridcharge.ocpp.v201.firmware;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 PublishFirmwareStatusNotificationRequest (functional block L Firmware management, use case L03): a
 * local controller reports the progress of publishing a firmware image.
 *
 * @param location Required if status is Published.
 * @param requestId The request id that was provided in the PublishFirmwareRequest which triggered this action.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record PublishFirmwareStatusNotificationRequest(
        PublishFirmwareStatusEnumType status,
        List<String> location,
        Integer requestId,
        CustomDataType customData) implements OcppRequest<PublishFirmwareStatusNotificationResponse> {

    public PublishFirmwareStatusNotificationRequest {
        Require.present(status, "status");
        location = Require.size(location, 1, Integer.MAX_VALUE, "location");
        Require.eachMaxLength(location, 512, "location");
    }

    /** The required fields only. */
    public static PublishFirmwareStatusNotificationRequest of(PublishFirmwareStatusEnumType status) {
        return new PublishFirmwareStatusNotificationRequest(status, null, null, null);
    }
}
