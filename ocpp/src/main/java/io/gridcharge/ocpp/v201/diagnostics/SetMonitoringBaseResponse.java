package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.GenericDeviceModelStatusEnumType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 SetMonitoringBaseResponse: the answer to {@link SetMonitoringBaseRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SetMonitoringBaseResponse(
        GenericDeviceModelStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public SetMonitoringBaseResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static SetMonitoringBaseResponse of(GenericDeviceModelStatusEnumType status) {
        return new SetMonitoringBaseResponse(status, null, null);
    }
}
