package io.gridcharge.ocpp.v16.security;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 Security Whitepaper (edition 3), LogStatusNotification.req: progress of the upload GetLog asked for. */
public record LogStatusNotificationRequest(UploadLogStatus status, Integer requestId)
        implements OcppRequest<LogStatusNotificationResponse> {
    public LogStatusNotificationRequest {
        Require.present(status, "status");
    }
}
