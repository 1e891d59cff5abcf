package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 ClearVariableMonitoringResponse: the answer to {@link ClearVariableMonitoringRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ClearVariableMonitoringResponse(
        List<ClearMonitoringResultType> clearMonitoringResult,
        CustomDataType customData) implements OcppResponse {

    public ClearVariableMonitoringResponse {
        Require.present(clearMonitoringResult, "clearMonitoringResult");
        clearMonitoringResult = Require.size(clearMonitoringResult, 1, Integer.MAX_VALUE, "clearMonitoringResult");
    }

    /** The required fields only. */
    public static ClearVariableMonitoringResponse of(List<ClearMonitoringResultType> clearMonitoringResult) {
        return new ClearVariableMonitoringResponse(clearMonitoringResult, null);
    }
}
