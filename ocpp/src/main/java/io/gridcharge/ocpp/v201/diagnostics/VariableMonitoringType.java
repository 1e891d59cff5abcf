package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.math.BigDecimal;

/**
 * OCPP 2.0.1 VariableMonitoringType: a monitoring setting for a variable.
 *
 * @param id Identifies the monitor.
 * @param transaction Monitor only active when a transaction is ongoing on a component relevant to this
 * transaction.
 * @param value Value for threshold or delta monitoring.
 * @param severity The severity that will be assigned to an event that is triggered by this monitor.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record VariableMonitoringType(
        Integer id,
        Boolean transaction,
        BigDecimal value,
        MonitorEnumType type,
        Integer severity,
        CustomDataType customData) {

    public VariableMonitoringType {
        Require.present(id, "id");
        Require.present(transaction, "transaction");
        Require.present(value, "value");
        Require.present(type, "type");
        Require.present(severity, "severity");
        // Not in the schema; the spec's field description: "The severity range is 0-9, with 0 as the
        // highest and 9 as the lowest severity level."
        Require.atLeast(severity, 0, "severity");
        Require.atMost(severity, 9, "severity");
    }

    /** The required fields only. */
    public static VariableMonitoringType of(
            Integer id,
            Boolean transaction,
            BigDecimal value,
            MonitorEnumType type,
            Integer severity) {
        return new VariableMonitoringType(id, transaction, value, type, severity, null);
    }
}
