package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 SetVariableMonitoringRequest (functional block N Diagnostics, use case N04): the CSMS sets monitors
 * on variables.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SetVariableMonitoringRequest(
        List<SetMonitoringDataType> setMonitoringData,
        CustomDataType customData) implements OcppRequest<SetVariableMonitoringResponse> {

    public SetVariableMonitoringRequest {
        Require.present(setMonitoringData, "setMonitoringData");
        setMonitoringData = Require.size(setMonitoringData, 1, Integer.MAX_VALUE, "setMonitoringData");
    }

    /** The required fields only. */
    public static SetVariableMonitoringRequest of(List<SetMonitoringDataType> setMonitoringData) {
        return new SetVariableMonitoringRequest(setMonitoringData, null);
    }
}
