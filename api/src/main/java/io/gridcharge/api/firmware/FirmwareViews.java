package io.gridcharge.api.firmware;

import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.firmware.DiagnosticsStatus;
import io.gridcharge.domain.firmware.DiagnosticsUpload;
import io.gridcharge.domain.firmware.FirmwareImage;
import io.gridcharge.domain.firmware.FirmwareStatus;
import io.gridcharge.domain.firmware.TransferStatusEntry;
import java.time.Instant;

/** The firmware endpoints' bodies, in and out. */
final class FirmwareViews {
    private FirmwareViews() {
    }

    /** Exactly one of firmwareId (a hosted image) and location (firmware elsewhere). */
    record UpdateFirmwareRequest(String firmwareId, String location, Instant retrieveAt, Integer retries,
                                 Integer retryInterval) {
    }

    record GetDiagnosticsRequest(Instant startTime, Instant stopTime, Integer retries, Integer retryInterval) {
    }

    /** {@code downloadUrl} is where stations fetch it, without a token (the id is its secret). */
    record FirmwareView(String id, String name, String version, String fileName, long size, String sha256,
                        Instant uploadedAt, String downloadUrl) {
        static FirmwareView of(FirmwareImage image, String downloadUrl) {
            return new FirmwareView(image.id().value(), image.name(), image.version(), image.fileName(), image.size(),
                    image.sha256(), image.uploadedAt(), downloadUrl);
        }
    }

    /**
     * {@code status} is the station's answer (absent from a 1.6 station, whose answer has none); {@code requestId}
     * the one a 2.0.1 station's progress reports will carry.
     */
    record UpdateFirmwareView(String location, Instant retrieveAt, String status, Integer requestId) {
    }

    record StatusView(String status, String detail, Instant at) {
        static StatusView firmware(TransferStatusEntry<FirmwareStatus> entry) {
            return new StatusView(Vocabulary.FIRMWARE_STATUS.name(entry.status()), entry.detail(), entry.at());
        }

        static StatusView diagnostics(TransferStatusEntry<DiagnosticsStatus> entry) {
            return new StatusView(Vocabulary.DIAGNOSTICS_STATUS.name(entry.status()), entry.detail(), entry.at());
        }
    }

    /** A diagnostics upload asked for; the file fields are set once the station uploaded it. */
    record DiagnosticsView(long id, Instant requestedAt, Instant expiresAt, String announcedFileName,
                           String fileName, Long size, String sha256, Instant receivedAt) {
        static DiagnosticsView of(DiagnosticsUpload upload) {
            return new DiagnosticsView(upload.id(), upload.requestedAt(), upload.expiresAt(),
                    upload.announcedFileName(), upload.fileName(), upload.size(), upload.sha256(),
                    upload.receivedAt());
        }
    }
}
