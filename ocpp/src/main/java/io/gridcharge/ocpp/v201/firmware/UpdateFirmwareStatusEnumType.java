package io.gridcharge.ocpp.v201.firmware;

/**
 * OCPP 2.0.1 UpdateFirmwareStatusEnumType: this field indicates whether the Charging Station was able to accept
 * the request.
 */
public enum UpdateFirmwareStatusEnumType {
    Accepted, Rejected, AcceptedCanceled, InvalidCertificate, RevokedCertificate
}
