package io.gridcharge.domain.firmware;

import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;

/**
 * A diagnostics upload the platform asked a station for: the file name the station announced in
 * GetDiagnostics.conf (null: none), and, once the file arrived, its name, size and SHA-256.
 */
public record DiagnosticsUpload(long id, StationId station, Instant requestedAt, Instant expiresAt,
                                String announcedFileName, String fileName, Long size, String sha256,
                                Instant receivedAt) {
    public DiagnosticsUpload {
        Require.present(station, "station");
        Require.present(requestedAt, "requestedAt");
        Require.present(expiresAt, "expiresAt");
    }

    public boolean received() {
        return receivedAt != null;
    }
}
