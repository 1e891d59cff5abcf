package io.gridcharge.domain.authorization;

/** The platform's answer to "may this token charge?" (OCPP 1.6 §7.2 AuthorizationStatus). */
public enum AuthorizationStatus {
    ACCEPTED, BLOCKED, EXPIRED, INVALID, CONCURRENT_TX
}
