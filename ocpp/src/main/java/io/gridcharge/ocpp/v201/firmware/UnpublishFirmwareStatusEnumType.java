package io.gridcharge.ocpp.v201.firmware;

/**
 * OCPP 2.0.1 UnpublishFirmwareStatusEnumType: indicates whether the Local Controller succeeded in unpublishing
 * the firmware.
 */
public enum UnpublishFirmwareStatusEnumType {
    DownloadOngoing, NoFirmware, Unpublished
}
