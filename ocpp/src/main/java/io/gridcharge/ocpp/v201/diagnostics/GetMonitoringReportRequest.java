package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.ComponentVariableType;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 GetMonitoringReportRequest (functional block N Diagnostics, use case N02): the CSMS asks for the
 * monitors matching its criteria.
 *
 * @param requestId The Id of the request.
 * @param monitoringCriteria This field contains criteria for components for which a monitoring report is
 * requested
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetMonitoringReportRequest(
        List<ComponentVariableType> componentVariable,
        Integer requestId,
        List<MonitoringCriterionEnumType> monitoringCriteria,
        CustomDataType customData) implements OcppRequest<GetMonitoringReportResponse> {

    public GetMonitoringReportRequest {
        componentVariable = Require.size(componentVariable, 1, Integer.MAX_VALUE, "componentVariable");
        Require.present(requestId, "requestId");
        monitoringCriteria = Require.size(monitoringCriteria, 1, 3, "monitoringCriteria");
    }

    /** The required fields only. */
    public static GetMonitoringReportRequest of(Integer requestId) {
        return new GetMonitoringReportRequest(null, requestId, null, null);
    }
}
