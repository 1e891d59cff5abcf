package io.gridcharge.ocpp.v16.firmware;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.19 FirmwareStatusNotification.req: the station reports firmware update progress. */
public record FirmwareStatusNotificationRequest(FirmwareStatus status)
        implements OcppRequest<FirmwareStatusNotificationResponse> {
    public FirmwareStatusNotificationRequest {
        Require.present(status, "status");
    }
}
