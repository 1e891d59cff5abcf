package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.v201.types.ComponentType;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.v201.types.VariableType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 SetMonitoringResultType: class to hold result of SetVariableMonitoring request.
 *
 * @param id Id given to the VariableMonitor by the Charging Station.
 * @param severity The severity that will be assigned to an event that is triggered by this monitor.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SetMonitoringResultType(
        Integer id,
        StatusInfoType statusInfo,
        SetMonitoringStatusEnumType status,
        MonitorEnumType type,
        ComponentType component,
        VariableType variable,
        Integer severity,
        CustomDataType customData) {

    public SetMonitoringResultType {
        Require.present(status, "status");
        Require.present(type, "type");
        Require.present(component, "component");
        Require.present(variable, "variable");
        Require.present(severity, "severity");
        // Not in the schema; the spec's field description: "The severity range is 0-9, with 0 as the
        // highest and 9 as the lowest severity level."
        Require.atLeast(severity, 0, "severity");
        Require.atMost(severity, 9, "severity");
    }

    /** The required fields only. */
    public static SetMonitoringResultType of(
            SetMonitoringStatusEnumType status,
            MonitorEnumType type,
            ComponentType component,
            VariableType variable,
            Integer severity) {
        return new SetMonitoringResultType(null, null, status, type, component, variable, severity, null);
    }
}
