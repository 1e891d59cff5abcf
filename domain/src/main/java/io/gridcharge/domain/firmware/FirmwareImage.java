package io.gridcharge.domain.firmware;

import io.gridcharge.domain.shared.Require;
import java.time.Instant;

/** A firmware image the platform hosts for stations to download, with its SHA-256 checksum (hex). */
public record FirmwareImage(FirmwareId id, String name, String version, String fileName, long size, String sha256,
                            Instant uploadedAt) {
    public FirmwareImage {
        Require.present(id, "id");
        Require.text(name, 100, "name");
        Require.text(version, 50, "version");
        FileName.check(fileName, "fileName");
        Require.notNegative(size, "size");
        Require.present(sha256, "sha256");
        Require.present(uploadedAt, "uploadedAt");
    }
}
