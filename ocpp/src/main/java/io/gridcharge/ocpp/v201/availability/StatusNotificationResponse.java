package io.gridcharge.ocpp.v201.availability;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;

/**
 * OCPP 2.0.1 StatusNotificationResponse: the answer to {@link StatusNotificationRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record StatusNotificationResponse(
        CustomDataType customData) implements OcppResponse {
}
