package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 GetBaseReportRequest (functional block B Provisioning, use case B07): the CSMS asks for one of the
 * predefined device model reports.
 *
 * @param requestId The Id of the request.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetBaseReportRequest(
        Integer requestId,
        ReportBaseEnumType reportBase,
        CustomDataType customData) implements OcppRequest<GetBaseReportResponse> {

    public GetBaseReportRequest {
        Require.present(requestId, "requestId");
        Require.present(reportBase, "reportBase");
    }

    /** The required fields only. */
    public static GetBaseReportRequest of(Integer requestId, ReportBaseEnumType reportBase) {
        return new GetBaseReportRequest(requestId, reportBase, null);
    }
}
