package io.gridcharge.domain.security;

/** What ExtendedTriggerMessage can ask a station to send now (OCPP 1.6 Security Whitepaper). */
public enum TriggerableMessage {
    BOOT_NOTIFICATION, LOG_STATUS_NOTIFICATION, FIRMWARE_STATUS_NOTIFICATION, HEARTBEAT, METER_VALUES,
    SIGN_CHARGE_POINT_CERTIFICATE, STATUS_NOTIFICATION
}
