package io.gridcharge.ocpp.v201.security;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/**
 * OCPP 2.0.1 SecurityEventNotificationRequest (functional block A Security, use case A04): the station reports a
 * security event.
 *
 * @param type Type of the security event.
 * @param timestamp Date and time at which the event occurred.
 * @param techInfo Additional information about the occurred security event.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SecurityEventNotificationRequest(
        String type,
        Instant timestamp,
        String techInfo,
        CustomDataType customData) implements OcppRequest<SecurityEventNotificationResponse> {

    public SecurityEventNotificationRequest {
        Require.present(type, "type");
        Require.maxLength(type, 50, "type");
        Require.present(timestamp, "timestamp");
        Require.maxLength(techInfo, 255, "techInfo");
    }

    /** The required fields only. */
    public static SecurityEventNotificationRequest of(String type, Instant timestamp) {
        return new SecurityEventNotificationRequest(type, timestamp, null, null);
    }
}
