package io.gridcharge.domain.firmware;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.station.StationId;
import java.time.Clock;
import java.util.List;

/**
 * Takes the diagnostics file a station uploads to the URL the platform handed it. The token opens one upload
 * only, until it expires; an unknown, used or expired token is answered alike (NotFound), so the answer tells
 * a prober nothing.
 */
public final class ReceiveDiagnostics {
    public static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

    private final DiagnosticsRepository uploads;
    private final TransferHistory history;
    private final Clock clock;

    public ReceiveDiagnostics(DiagnosticsRepository uploads, TransferHistory history, Clock clock) {
        this.uploads = uploads;
        this.history = history;
        this.clock = clock;
    }

    public DiagnosticsUpload receive(String token, String fileName, byte[] content) {
        Require.present(content, "body");
        if (content.length > MAX_FILE_BYTES) {
            throw new InvalidInput("body", "must be at most " + MAX_FILE_BYTES + " bytes");
        }
        if (token == null || token.length() > 64) {
            throw new NotFound("diagnostics upload", "slot");
        }
        DiagnosticsUpload upload = uploads.receive(Sha256.of(token), FileName.sanitize(fileName, "diagnostics"),
                        content, Sha256.of(content), clock.instant())
                .orElseThrow(() -> new NotFound("diagnostics upload", "slot"));
        history.appendDiagnostics(new TransferStatusEntry<>(upload.station(), DiagnosticsStatus.RECEIVED,
                upload.fileName(), upload.receivedAt()));
        return upload;
    }

    public List<DiagnosticsUpload> list(StationId station) {
        return uploads.list(station, 100);
    }

    /** A file the station uploaded; not found while the upload is only asked for. */
    public DiagnosticsUpload received(StationId station, long id) {
        return uploads.find(station, id)
                .filter(DiagnosticsUpload::received)
                .orElseThrow(() -> new NotFound("diagnostics file", id));
    }

    public byte[] content(StationId station, long id) {
        return uploads.content(received(station, id).id()).orElseThrow(() -> new NotFound("diagnostics file", id));
    }
}
