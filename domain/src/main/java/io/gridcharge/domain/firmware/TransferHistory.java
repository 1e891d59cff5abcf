package io.gridcharge.domain.firmware;

import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;

/** Where each station's firmware and diagnostics status history is kept, newest first. */
public interface TransferHistory {
    void appendFirmware(TransferStatusEntry<FirmwareStatus> entry);

    void appendDiagnostics(TransferStatusEntry<DiagnosticsStatus> entry);

    Page<TransferStatusEntry<FirmwareStatus>> firmware(StationId station, PageRequest page);

    Page<TransferStatusEntry<DiagnosticsStatus>> diagnostics(StationId station, PageRequest page);
}
