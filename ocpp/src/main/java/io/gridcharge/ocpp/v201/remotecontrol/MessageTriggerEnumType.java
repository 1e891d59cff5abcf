package io.gridcharge.ocpp.v201.remotecontrol;

/**
 * OCPP 2.0.1 MessageTriggerEnumType: type of message to be triggered.
 */
public enum MessageTriggerEnumType {
    BootNotification, LogStatusNotification, FirmwareStatusNotification, Heartbeat, MeterValues,
    SignChargingStationCertificate, SignV2GCertificate, StatusNotification, TransactionEvent,
    SignCombinedCertificate, PublishFirmwareStatusNotification
}
