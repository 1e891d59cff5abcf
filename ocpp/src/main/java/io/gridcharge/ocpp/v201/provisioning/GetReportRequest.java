package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.ComponentVariableType;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 GetReportRequest (functional block B Provisioning, use case B08): the CSMS asks for a report of the
 * components and variables matching its criteria.
 *
 * @param requestId The Id of the request.
 * @param componentCriteria This field contains criteria for components for which a report is requested
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetReportRequest(
        List<ComponentVariableType> componentVariable,
        Integer requestId,
        List<ComponentCriterionEnumType> componentCriteria,
        CustomDataType customData) implements OcppRequest<GetReportResponse> {

    public GetReportRequest {
        componentVariable = Require.size(componentVariable, 1, Integer.MAX_VALUE, "componentVariable");
        Require.present(requestId, "requestId");
        componentCriteria = Require.size(componentCriteria, 1, 4, "componentCriteria");
    }

    /** The required fields only. */
    public static GetReportRequest of(Integer requestId) {
        return new GetReportRequest(null, requestId, null, null);
    }
}
