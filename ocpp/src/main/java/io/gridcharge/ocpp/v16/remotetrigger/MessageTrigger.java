package io.gridcharge.ocpp.v16.remotetrigger;

/** OCPP 1.6 §7.32 MessageTrigger: the messages a TriggerMessage may ask for. */
public enum MessageTrigger {
    BootNotification, DiagnosticsStatusNotification, FirmwareStatusNotification, Heartbeat, MeterValues,
    StatusNotification
}
