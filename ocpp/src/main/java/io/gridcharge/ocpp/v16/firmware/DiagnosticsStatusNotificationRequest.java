package io.gridcharge.ocpp.v16.firmware;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.17 DiagnosticsStatusNotification.req: the station reports diagnostics upload progress. */
public record DiagnosticsStatusNotificationRequest(DiagnosticsStatus status)
        implements OcppRequest<DiagnosticsStatusNotificationResponse> {
    public DiagnosticsStatusNotificationRequest {
        Require.present(status, "status");
    }
}
