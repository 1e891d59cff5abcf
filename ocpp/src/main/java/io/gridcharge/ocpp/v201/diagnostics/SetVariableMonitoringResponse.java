package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 SetVariableMonitoringResponse: the answer to {@link SetVariableMonitoringRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SetVariableMonitoringResponse(
        List<SetMonitoringResultType> setMonitoringResult,
        CustomDataType customData) implements OcppResponse {

    public SetVariableMonitoringResponse {
        Require.present(setMonitoringResult, "setMonitoringResult");
        setMonitoringResult = Require.size(setMonitoringResult, 1, Integer.MAX_VALUE, "setMonitoringResult");
    }

    /** The required fields only. */
    public static SetVariableMonitoringResponse of(List<SetMonitoringResultType> setMonitoringResult) {
        return new SetVariableMonitoringResponse(setMonitoringResult, null);
    }
}
