package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;

/**
 * OCPP 2.0.1 LogStatusNotificationResponse: the answer to {@link LogStatusNotificationRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record LogStatusNotificationResponse(
        CustomDataType customData) implements OcppResponse {
}
