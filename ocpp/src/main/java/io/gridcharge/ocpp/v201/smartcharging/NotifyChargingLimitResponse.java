package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;

/**
 * OCPP 2.0.1 NotifyChargingLimitResponse: the answer to {@link NotifyChargingLimitRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record NotifyChargingLimitResponse(
        CustomDataType customData) implements OcppResponse {
}
