package io.gridcharge.gateway.v16;

import io.gridcharge.domain.firmware.DiagnosticsStatus;
import io.gridcharge.domain.firmware.FirmwareStatus;

/** OCPP 1.6 §7.24 DiagnosticsStatus and §7.25 FirmwareStatus as the domain's firmware context knows them. */
final class TransferStatuses {
    private TransferStatuses() {
    }

    static FirmwareStatus firmware(io.gridcharge.ocpp.v16.firmware.FirmwareStatus status) {
        return switch (status) {
            case Idle -> FirmwareStatus.IDLE;
            case Downloading -> FirmwareStatus.DOWNLOADING;
            case Downloaded -> FirmwareStatus.DOWNLOADED;
            case DownloadFailed -> FirmwareStatus.DOWNLOAD_FAILED;
            case Installing -> FirmwareStatus.INSTALLING;
            case Installed -> FirmwareStatus.INSTALLED;
            case InstallationFailed -> FirmwareStatus.INSTALLATION_FAILED;
        };
    }

    static DiagnosticsStatus diagnostics(io.gridcharge.ocpp.v16.firmware.DiagnosticsStatus status) {
        return switch (status) {
            case Idle -> DiagnosticsStatus.IDLE;
            case Uploading -> DiagnosticsStatus.UPLOADING;
            case Uploaded -> DiagnosticsStatus.UPLOADED;
            case UploadFailed -> DiagnosticsStatus.UPLOAD_FAILED;
        };
    }
}
