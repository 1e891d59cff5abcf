package io.gridcharge.ocpp.v16.security;

/** OCPP 1.6 Security Whitepaper (edition 3), MessageTriggerEnumType of ExtendedTriggerMessage: the messages a station can be asked to send now. */
public enum ExtendedMessageTrigger {
    BootNotification, LogStatusNotification, FirmwareStatusNotification, Heartbeat, MeterValues,
    SignChargePointCertificate, StatusNotification
}
