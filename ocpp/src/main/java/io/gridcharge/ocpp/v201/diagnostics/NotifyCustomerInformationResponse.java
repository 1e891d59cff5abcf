package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;

/**
 * OCPP 2.0.1 NotifyCustomerInformationResponse: the answer to {@link NotifyCustomerInformationRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record NotifyCustomerInformationResponse(
        CustomDataType customData) implements OcppResponse {
}
