package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;

/**
 * OCPP 2.0.1 NotifyMonitoringReportResponse: the answer to {@link NotifyMonitoringReportRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record NotifyMonitoringReportResponse(
        CustomDataType customData) implements OcppResponse {
}
