package io.gridcharge.ocpp.v201.diagnostics;

/**
 * OCPP 2.0.1 EventNotificationEnumType: specifies the event notification type of the message.
 */
public enum EventNotificationEnumType {
    HardWiredNotification, HardWiredMonitor, PreconfiguredMonitor, CustomMonitor
}
