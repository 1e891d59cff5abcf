package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.v201.types.ComponentType;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.VariableType;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/**
 * OCPP 2.0.1 EventDataType: class to report an event notification for a component-variable.
 *
 * @param eventId Identifies the event.
 * @param timestamp Timestamp of the moment the report was generated.
 * @param cause Refers to the Id of an event that is considered to be the cause for this event.
 * @param actualValue Actual value (_attributeType_ Actual) of the variable.
 * @param techCode Technical (error) code as reported by component.
 * @param techInfo Technical detail information as reported by component.
 * @param cleared Cleared is set to true to report the clearing of a monitored situation, i.e.
 * @param transactionId If an event notification is linked to a specific transaction, this field can be used to
 * specify its transactionId.
 * @param variableMonitoringId Identifies the VariableMonitoring which triggered the event.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record EventDataType(
        Integer eventId,
        Instant timestamp,
        EventTriggerEnumType trigger,
        Integer cause,
        String actualValue,
        String techCode,
        String techInfo,
        Boolean cleared,
        String transactionId,
        ComponentType component,
        Integer variableMonitoringId,
        EventNotificationEnumType eventNotificationType,
        VariableType variable,
        CustomDataType customData) {

    public EventDataType {
        Require.present(eventId, "eventId");
        Require.present(timestamp, "timestamp");
        Require.present(trigger, "trigger");
        Require.present(actualValue, "actualValue");
        Require.maxLength(actualValue, 2500, "actualValue");
        Require.maxLength(techCode, 50, "techCode");
        Require.maxLength(techInfo, 500, "techInfo");
        Require.maxLength(transactionId, 36, "transactionId");
        Require.present(component, "component");
        Require.present(eventNotificationType, "eventNotificationType");
        Require.present(variable, "variable");
    }

    /** The required fields only. */
    public static EventDataType of(
            Integer eventId,
            Instant timestamp,
            EventTriggerEnumType trigger,
            String actualValue,
            ComponentType component,
            EventNotificationEnumType eventNotificationType,
            VariableType variable) {
        return new EventDataType(
                eventId, timestamp, trigger, null, actualValue, null, null, null, null, component, null,
                eventNotificationType, variable, null);
    }
}
