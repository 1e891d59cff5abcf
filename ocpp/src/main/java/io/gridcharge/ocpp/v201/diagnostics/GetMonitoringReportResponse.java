package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.GenericDeviceModelStatusEnumType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 GetMonitoringReportResponse: the answer to {@link GetMonitoringReportRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetMonitoringReportResponse(
        GenericDeviceModelStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public GetMonitoringReportResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static GetMonitoringReportResponse of(GenericDeviceModelStatusEnumType status) {
        return new GetMonitoringReportResponse(status, null, null);
    }
}
