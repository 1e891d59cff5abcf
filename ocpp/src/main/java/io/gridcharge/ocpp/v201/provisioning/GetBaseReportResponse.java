package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.GenericDeviceModelStatusEnumType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 GetBaseReportResponse: the answer to {@link GetBaseReportRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetBaseReportResponse(
        GenericDeviceModelStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public GetBaseReportResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static GetBaseReportResponse of(GenericDeviceModelStatusEnumType status) {
        return new GetBaseReportResponse(status, null, null);
    }
}
