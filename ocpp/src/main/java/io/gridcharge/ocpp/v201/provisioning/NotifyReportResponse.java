package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;

/**
 * OCPP 2.0.1 NotifyReportResponse: the answer to {@link NotifyReportRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record NotifyReportResponse(
        CustomDataType customData) implements OcppResponse {
}
