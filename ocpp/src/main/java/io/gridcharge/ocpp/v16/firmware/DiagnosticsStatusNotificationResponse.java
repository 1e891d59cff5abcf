package io.gridcharge.ocpp.v16.firmware;

import io.gridcharge.ocpp.OcppResponse;

/** OCPP 1.6 §6.18 DiagnosticsStatusNotification.conf; it has no fields. */
public record DiagnosticsStatusNotificationResponse() implements OcppResponse {
}
