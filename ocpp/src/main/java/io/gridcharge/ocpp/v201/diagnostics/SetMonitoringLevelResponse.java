package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.GenericStatusEnumType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 SetMonitoringLevelResponse: the answer to {@link SetMonitoringLevelRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SetMonitoringLevelResponse(
        GenericStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public SetMonitoringLevelResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static SetMonitoringLevelResponse of(GenericStatusEnumType status) {
        return new SetMonitoringLevelResponse(status, null, null);
    }
}
