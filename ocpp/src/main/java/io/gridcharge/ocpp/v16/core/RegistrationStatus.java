package io.gridcharge.ocpp.v16.core;

/** OCPP 1.6 §7.38 RegistrationStatus, the central system's verdict on a BootNotification.req. */
public enum RegistrationStatus {
    Accepted, Pending, Rejected
}
