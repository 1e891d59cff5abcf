package io.gridcharge.ocpp.v201.firmware;

/**
 * OCPP 2.0.1 PublishFirmwareStatusEnumType: this contains the progress status of the publishfirmware
 * installation.
 */
public enum PublishFirmwareStatusEnumType {
    Idle, DownloadScheduled, Downloading, Downloaded, Published, DownloadFailed, DownloadPaused, InvalidChecksum,
    ChecksumVerified, PublishFailed
}
