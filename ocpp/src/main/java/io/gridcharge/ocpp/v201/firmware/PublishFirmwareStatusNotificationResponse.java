package io.gridcharge.ocpp.v201.firmware;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;

/**
 * OCPP 2.0.1 PublishFirmwareStatusNotificationResponse: the answer to {@link
 * PublishFirmwareStatusNotificationRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record PublishFirmwareStatusNotificationResponse(
        CustomDataType customData) implements OcppResponse {
}
