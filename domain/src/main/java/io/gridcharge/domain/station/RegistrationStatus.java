package io.gridcharge.domain.station;

/** Whether the platform lets a station in (OCPP 1.6 §7.45, 2.0.1 RegistrationStatusEnumType). */
public enum RegistrationStatus {
    ACCEPTED, PENDING, REJECTED
}
