package io.gridcharge.ocpp.v16.smartcharging;

/** OCPP 1.6 §7.26 GetCompositeScheduleStatus. */
public enum GetCompositeScheduleStatus {
    Accepted, Rejected
}
