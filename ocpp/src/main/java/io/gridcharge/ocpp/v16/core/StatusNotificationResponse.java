package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppResponse;

/** OCPP 1.6 §6.48 StatusNotification.conf; it has no fields. */
public record StatusNotificationResponse() implements OcppResponse {
}
