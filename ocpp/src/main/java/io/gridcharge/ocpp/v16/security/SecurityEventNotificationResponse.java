package io.gridcharge.ocpp.v16.security;

import io.gridcharge.ocpp.OcppResponse;

/** OCPP 1.6 Security Whitepaper (edition 3), SecurityEventNotification.conf; it has no fields. */
public record SecurityEventNotificationResponse() implements OcppResponse {
}
