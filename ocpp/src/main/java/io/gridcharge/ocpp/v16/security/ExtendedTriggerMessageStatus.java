package io.gridcharge.ocpp.v16.security;

/** OCPP 1.6 Security Whitepaper (edition 3), TriggerMessageStatusEnumType of ExtendedTriggerMessage.conf. */
public enum ExtendedTriggerMessageStatus {
    Accepted, Rejected, NotImplemented
}
