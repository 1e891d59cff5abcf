package io.gridcharge.domain.firmware;

/**
 * Where a station's firmware update stands: REQUESTED is the platform's own entry when it sent UpdateFirmware;
 * the others are what the station reported (OCPP 1.6 §7.25 FirmwareStatus).
 */
public enum FirmwareStatus {
    REQUESTED, IDLE, DOWNLOADING, DOWNLOADED, DOWNLOAD_FAILED, INSTALLING, INSTALLED, INSTALLATION_FAILED
}
