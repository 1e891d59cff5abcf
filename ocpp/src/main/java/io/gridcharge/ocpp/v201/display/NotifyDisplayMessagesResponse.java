package io.gridcharge.ocpp.v201.display;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;

/**
 * OCPP 2.0.1 NotifyDisplayMessagesResponse: the answer to {@link NotifyDisplayMessagesRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record NotifyDisplayMessagesResponse(
        CustomDataType customData) implements OcppResponse {
}
