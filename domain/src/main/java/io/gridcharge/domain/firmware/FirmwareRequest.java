package io.gridcharge.domain.firmware;

import io.gridcharge.domain.command.CommandResult;

/**
 * The request id an OCPP 2.0.1 station was given with UpdateFirmware: its FirmwareStatusNotifications carry it
 * (L01), so the operator can tell which update they report on. 1.6's UpdateFirmware has none.
 */
public record FirmwareRequest(int requestId) implements CommandResult {
}
