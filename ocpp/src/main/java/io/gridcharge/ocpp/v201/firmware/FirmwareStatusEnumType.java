package io.gridcharge.ocpp.v201.firmware;

/**
 * OCPP 2.0.1 FirmwareStatusEnumType: this contains the progress status of the firmware installation.
 */
public enum FirmwareStatusEnumType {
    Downloaded, DownloadFailed, Downloading, DownloadScheduled, DownloadPaused, Idle, InstallationFailed,
    Installing, Installed, InstallRebooting, InstallScheduled, InstallVerificationFailed, InvalidSignature,
    SignatureVerified
}
