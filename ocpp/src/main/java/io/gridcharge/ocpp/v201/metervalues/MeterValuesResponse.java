package io.gridcharge.ocpp.v201.metervalues;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;

/**
 * OCPP 2.0.1 MeterValuesResponse: the answer to {@link MeterValuesRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record MeterValuesResponse(
        CustomDataType customData) implements OcppResponse {
}
