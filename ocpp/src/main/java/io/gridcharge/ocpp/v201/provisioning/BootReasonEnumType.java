package io.gridcharge.ocpp.v201.provisioning;

/**
 * OCPP 2.0.1 BootReasonEnumType: this contains the reason for sending this message to the CSMS.
 */
public enum BootReasonEnumType {
    ApplicationReset, FirmwareUpdate, LocalReset, PowerUp, RemoteReset, ScheduledReset, Triggered, Unknown,
    Watchdog
}
