package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.v201.types.ComponentType;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.VariableType;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 MonitoringDataType: class to hold parameters of SetVariableMonitoring request.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record MonitoringDataType(
        ComponentType component,
        VariableType variable,
        List<VariableMonitoringType> variableMonitoring,
        CustomDataType customData) {

    public MonitoringDataType {
        Require.present(component, "component");
        Require.present(variable, "variable");
        Require.present(variableMonitoring, "variableMonitoring");
        variableMonitoring = Require.size(variableMonitoring, 1, Integer.MAX_VALUE, "variableMonitoring");
    }

    /** The required fields only. */
    public static MonitoringDataType of(
            ComponentType component,
            VariableType variable,
            List<VariableMonitoringType> variableMonitoring) {
        return new MonitoringDataType(component, variable, variableMonitoring, null);
    }
}
