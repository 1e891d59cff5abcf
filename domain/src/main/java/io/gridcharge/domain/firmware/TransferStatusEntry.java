package io.gridcharge.domain.firmware;

import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;

/**
 * One step in a station's firmware or diagnostics history. {@code status} is a {@link FirmwareStatus} or a
 * {@link DiagnosticsStatus}; {@code detail} says more where there is more (the location asked for, the file).
 */
public record TransferStatusEntry<S extends Enum<S>>(StationId station, S status, String detail, Instant at) {
    public TransferStatusEntry {
        Require.present(station, "station");
        Require.present(status, "status");
        Require.present(at, "at");
    }
}
