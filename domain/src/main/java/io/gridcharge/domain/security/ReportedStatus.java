package io.gridcharge.domain.security;

import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;

/**
 * One progress report of a log upload (LogStatusNotification) or a signed firmware update
 * (SignedFirmwareStatusNotification), with the request id that ties it to the GetLog or SignedUpdateFirmware
 * that started it; the status word is the station's.
 */
public record ReportedStatus(long id, StationId stationId, Kind kind, String status, Integer requestId,
                             Instant receivedAt) {
    public enum Kind { LOG_UPLOAD, SIGNED_FIRMWARE_UPDATE }

    public ReportedStatus {
        Require.present(stationId, "stationId");
        Require.present(kind, "kind");
        Require.text(status, 50, "status");
        Require.present(receivedAt, "receivedAt");
    }
}
