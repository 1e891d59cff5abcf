package io.gridcharge.ocpp.v16.security;

/** OCPP 1.6 Security Whitepaper (edition 3), LogEnumType: which log GetLog asks for. */
public enum LogType {
    DiagnosticsLog, SecurityLog
}
