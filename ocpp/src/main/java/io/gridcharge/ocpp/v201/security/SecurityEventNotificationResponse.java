package io.gridcharge.ocpp.v201.security;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;

/**
 * OCPP 2.0.1 SecurityEventNotificationResponse: the answer to {@link SecurityEventNotificationRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SecurityEventNotificationResponse(
        CustomDataType customData) implements OcppResponse {
}
