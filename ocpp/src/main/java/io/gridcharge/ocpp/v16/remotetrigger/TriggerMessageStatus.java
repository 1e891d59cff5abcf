package io.gridcharge.ocpp.v16.remotetrigger;

/** OCPP 1.6 §7.44 TriggerMessageStatus. */
public enum TriggerMessageStatus {
    Accepted, Rejected, NotImplemented
}
