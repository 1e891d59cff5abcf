package io.gridcharge.domain.monitoring;

import io.gridcharge.domain.devicemodel.ComponentRef;
import io.gridcharge.domain.devicemodel.VariableRef;
import io.gridcharge.domain.shared.Require;
import java.time.Instant;

/**
 * An event a station reported on a component's variable (OCPP 2.0.1 N07 NotifyEvent): a monitor tripped, a
 * hard-wired notification, a periodic reading. Words are kept as the station spelled them.
 *
 * @param eventId              the station's number of the event; with its time, it names the event
 * @param trigger              "Alerting", "Delta" or "Periodic"
 * @param causeEventId         the event that caused this one, if any
 * @param cleared              true when the event reports that a problem is over
 * @param transactionId        the station's id of the transaction it happened in, if any
 * @param variableMonitoringId the monitor that raised it, if any: its severity says how bad it is
 * @param notificationType     "HardWiredNotification", "HardWiredMonitor", "PreconfiguredMonitor" or
 *                             "CustomMonitor"
 */
public record ReportedEvent(int eventId, Instant timestamp, String trigger, Integer causeEventId, String actualValue,
                            String techCode, String techInfo, boolean cleared, String transactionId,
                            ComponentRef component, VariableRef variable, Integer variableMonitoringId,
                            String notificationType) {
    public ReportedEvent {
        Require.present(timestamp, "timestamp");
        Require.present(trigger, "trigger");
        Require.present(component, "component");
        Require.present(variable, "variable");
        Require.present(notificationType, "eventNotificationType");
    }
}
