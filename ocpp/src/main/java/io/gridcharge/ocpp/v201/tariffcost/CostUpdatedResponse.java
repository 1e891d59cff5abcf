package io.gridcharge.ocpp.v201.tariffcost;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;

/**
 * OCPP 2.0.1 CostUpdatedResponse: the answer to {@link CostUpdatedRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record CostUpdatedResponse(
        CustomDataType customData) implements OcppResponse {
}
