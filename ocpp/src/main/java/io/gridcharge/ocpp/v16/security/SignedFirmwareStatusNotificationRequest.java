package io.gridcharge.ocpp.v16.security;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 Security Whitepaper (edition 3), SignedFirmwareStatusNotification.req: progress of a signed update. */
public record SignedFirmwareStatusNotificationRequest(SignedFirmwareStatus status, Integer requestId)
        implements OcppRequest<SignedFirmwareStatusNotificationResponse> {
    public SignedFirmwareStatusNotificationRequest {
        Require.present(status, "status");
    }
}
