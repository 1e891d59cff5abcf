package io.gridcharge.ocpp.v16.security;

/** OCPP 1.6 Security Whitepaper (edition 3), UpdateFirmwareStatusEnumType: the station's answer to SignedUpdateFirmware. */
public enum UpdateFirmwareStatus {
    Accepted, Rejected, AcceptedCanceled, InvalidCertificate, RevokedCertificate
}
