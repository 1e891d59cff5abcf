package io.gridcharge.ocpp.v16.security;

/** OCPP 1.6 Security Whitepaper (edition 3), FirmwareStatusEnumType of SignedFirmwareStatusNotification: progress of a signed firmware update. */
public enum SignedFirmwareStatus {
    Downloaded, DownloadFailed, Downloading, DownloadScheduled, DownloadPaused, Idle, InstallationFailed,
    Installing, Installed, InstallRebooting, InstallScheduled, InstallVerificationFailed, InvalidSignature,
    SignatureVerified
}
