package io.gridcharge.domain.firmware;

import io.gridcharge.domain.station.StationId;
import java.time.Clock;

/**
 * Keeps what a station reports in FirmwareStatusNotification and DiagnosticsStatusNotification (OCPP 1.6 §4.4,
 * §4.5). The notifications carry no time of their own: the platform's clock at arrival dates them.
 */
public final class RecordTransferStatus {
    private final TransferHistory history;
    private final Clock clock;

    public RecordTransferStatus(TransferHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    public void firmware(StationId station, FirmwareStatus status) {
        history.appendFirmware(new TransferStatusEntry<>(station, status, null, clock.instant()));
    }

    public void diagnostics(StationId station, DiagnosticsStatus status) {
        history.appendDiagnostics(new TransferStatusEntry<>(station, status, null, clock.instant()));
    }
}
