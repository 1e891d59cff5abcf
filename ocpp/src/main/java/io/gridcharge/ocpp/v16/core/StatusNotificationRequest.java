package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/** OCPP 1.6 §6.47 StatusNotification.req: a connector (0: the station itself) changed status or reports an error. */
public record StatusNotificationRequest(
        Integer connectorId,
        ChargePointErrorCode errorCode,
        String info,
        ChargePointStatus status,
        Instant timestamp,
        String vendorId,
        String vendorErrorCode) implements OcppRequest<StatusNotificationResponse> {

    public StatusNotificationRequest {
        Require.present(connectorId, "connectorId");
        Require.present(errorCode, "errorCode");
        Require.maxLength(info, 50, "info");
        Require.present(status, "status");
        Require.maxLength(vendorId, 255, "vendorId");
        Require.maxLength(vendorErrorCode, 50, "vendorErrorCode");
    }
}
