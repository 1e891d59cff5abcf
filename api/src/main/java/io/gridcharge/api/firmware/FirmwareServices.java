package io.gridcharge.api.firmware;

import io.gridcharge.domain.firmware.FirmwareLibrary;
import io.gridcharge.domain.firmware.PublicAddress;
import io.gridcharge.domain.firmware.ReceiveDiagnostics;
import io.gridcharge.domain.firmware.RequestDiagnostics;
import io.gridcharge.domain.firmware.TransferHistory;
import io.gridcharge.domain.firmware.UpdateStationFirmware;
import java.util.Objects;

/**
 * The Firmware Management use cases the API serves, the stations' firmware and diagnostics history, and the
 * address stations reach the platform's files at.
 */
public record FirmwareServices(FirmwareLibrary library, UpdateStationFirmware update, RequestDiagnostics diagnostics,
                               ReceiveDiagnostics uploads, TransferHistory history, PublicAddress address) {
    public FirmwareServices {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(update, "update");
        Objects.requireNonNull(diagnostics, "diagnostics");
        Objects.requireNonNull(uploads, "uploads");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(address, "address");
    }
}
