package io.gridcharge.ocpp.v16.security;

/** OCPP 1.6 Security Whitepaper (edition 3), LogStatusEnumType: the station's answer to GetLog. */
public enum LogStatus {
    Accepted, Rejected, AcceptedCanceled
}
