package io.gridcharge.ocpp.v16.firmware;

/** OCPP 1.6 §7.25 FirmwareStatus: progress of a firmware download and installation. */
public enum FirmwareStatus {
    Downloaded, DownloadFailed, Downloading, Idle, InstallationFailed, Installing, Installed
}
