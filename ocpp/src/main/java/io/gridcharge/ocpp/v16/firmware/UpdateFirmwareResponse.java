package io.gridcharge.ocpp.v16.firmware;

import io.gridcharge.ocpp.OcppResponse;

/** OCPP 1.6 §6.56 UpdateFirmware.conf; it has no fields, progress follows in FirmwareStatusNotification. */
public record UpdateFirmwareResponse() implements OcppResponse {
}
