package io.gridcharge.ocpp.v16.security;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/**
 * OCPP 1.6 Security Whitepaper (edition 3), SecurityEventNotification.req: a security event of the station
 * (use case A04). {@code type} is one of the whitepaper's security events, or a vendor's own.
 */
public record SecurityEventNotificationRequest(String type, Instant timestamp, String techInfo)
        implements OcppRequest<SecurityEventNotificationResponse> {
    public SecurityEventNotificationRequest {
        Require.present(type, "type");
        Require.maxLength(type, 50, "type");
        Require.present(timestamp, "timestamp");
        Require.maxLength(techInfo, 255, "techInfo");
    }
}
