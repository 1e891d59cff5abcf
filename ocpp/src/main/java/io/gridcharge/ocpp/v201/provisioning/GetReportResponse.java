package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.GenericDeviceModelStatusEnumType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 GetReportResponse: the answer to {@link GetReportRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetReportResponse(
        GenericDeviceModelStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public GetReportResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static GetReportResponse of(GenericDeviceModelStatusEnumType status) {
        return new GetReportResponse(status, null, null);
    }
}
