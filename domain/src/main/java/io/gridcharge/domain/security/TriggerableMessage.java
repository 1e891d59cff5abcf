package io.gridcharge.domain.security;

/**
 * What ExtendedTriggerMessage can ask a station to send now (OCPP 1.6 Security Whitepaper); the ISO 15118
 * certificate requests, SignV2GCertificate and SignCombinedCertificate, only 2.0.1's TriggerMessage has (A02).
 */
public enum TriggerableMessage {
    BOOT_NOTIFICATION, LOG_STATUS_NOTIFICATION, FIRMWARE_STATUS_NOTIFICATION, HEARTBEAT, METER_VALUES,
    SIGN_CHARGE_POINT_CERTIFICATE, STATUS_NOTIFICATION, SIGN_V2G_CERTIFICATE, SIGN_COMBINED_CERTIFICATE
}
