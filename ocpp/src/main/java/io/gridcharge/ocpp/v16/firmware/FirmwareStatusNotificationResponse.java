package io.gridcharge.ocpp.v16.firmware;

import io.gridcharge.ocpp.OcppResponse;

/** OCPP 1.6 §6.20 FirmwareStatusNotification.conf; it has no fields. */
public record FirmwareStatusNotificationResponse() implements OcppResponse {
}
