package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;

/**
 * OCPP 2.0.1 ClearedChargingLimitResponse: the answer to {@link ClearedChargingLimitRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ClearedChargingLimitResponse(
        CustomDataType customData) implements OcppResponse {
}
