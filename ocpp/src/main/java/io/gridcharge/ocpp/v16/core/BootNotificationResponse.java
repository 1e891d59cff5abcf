package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/**
 * OCPP 1.6 §6.4 BootNotification.conf. {@code interval} is in seconds: the heartbeat interval when
 * Accepted, the retry delay when Pending or Rejected (§4.2).
 */
public record BootNotificationResponse(RegistrationStatus status, Instant currentTime, Integer interval)
        implements OcppResponse {

    public BootNotificationResponse {
        Require.present(status, "status");
        Require.present(currentTime, "currentTime");
        Require.present(interval, "interval");
    }
}
