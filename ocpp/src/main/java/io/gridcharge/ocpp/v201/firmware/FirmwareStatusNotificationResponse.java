package io.gridcharge.ocpp.v201.firmware;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;

/**
 * OCPP 2.0.1 FirmwareStatusNotificationResponse: the answer to {@link FirmwareStatusNotificationRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record FirmwareStatusNotificationResponse(
        CustomDataType customData) implements OcppResponse {
}
