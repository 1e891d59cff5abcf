package io.gridcharge.domain.monitoring;

import io.gridcharge.domain.devicemodel.ComponentRef;
import io.gridcharge.domain.devicemodel.VariableRef;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A monitor a station runs on a variable (OCPP 2.0.1 N02 NotifyMonitoringReport): what it watches, its kind
 * ("UpperThreshold", "LowerThreshold", "Delta", "Periodic", "PeriodicClockAligned"), its value and the severity
 * of the events it raises (0 danger ... 9 debug).
 *
 * @param transaction true when it watches only during a transaction
 * @param reportedAt  when the station reported it; null until it is recorded
 */
public record VariableMonitor(int monitorId, ComponentRef component, VariableRef variable, boolean transaction,
                              BigDecimal value, String type, int severity, int requestId, Instant reportedAt) {
    public VariableMonitor {
        Require.present(component, "component");
        Require.present(variable, "variable");
        Require.present(value, "value");
        Require.present(type, "type");
        if (severity < 0 || severity > 9) {
            throw new InvalidInput("severity", "must be between 0 and 9");
        }
    }

    public VariableMonitor reportedAt(Instant at) {
        return new VariableMonitor(monitorId, component, variable, transaction, value, type, severity, requestId, at);
    }
}
