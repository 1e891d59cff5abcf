package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.v201.types.ComponentType;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.VariableType;
import io.gridcharge.ocpp.validation.Require;
import java.math.BigDecimal;

/**
 * OCPP 2.0.1 SetMonitoringDataType: class to hold parameters of SetVariableMonitoring request.
 *
 * @param id An id SHALL only be given to replace an existing monitor.
 * @param transaction Monitor only active when a transaction is ongoing on a component relevant to this
 * transaction. Absent means false (schema default).
 * @param value Value for threshold or delta monitoring.
 * @param severity The severity that will be assigned to an event that is triggered by this monitor.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SetMonitoringDataType(
        Integer id,
        Boolean transaction,
        BigDecimal value,
        MonitorEnumType type,
        Integer severity,
        ComponentType component,
        VariableType variable,
        CustomDataType customData) {

    public SetMonitoringDataType {
        Require.present(value, "value");
        Require.present(type, "type");
        Require.present(severity, "severity");
        Require.present(component, "component");
        Require.present(variable, "variable");
        // Not in the schema; the spec's field description: "The severity range is 0-9, with 0 as the
        // highest and 9 as the lowest severity level."
        Require.atLeast(severity, 0, "severity");
        Require.atMost(severity, 9, "severity");
    }

    /** The required fields only. */
    public static SetMonitoringDataType of(
            BigDecimal value,
            MonitorEnumType type,
            Integer severity,
            ComponentType component,
            VariableType variable) {
        return new SetMonitoringDataType(null, null, value, type, severity, component, variable, null);
    }
}
