package io.gridcharge.domain.authorization;

/** The status an operator gives a token. */
public enum TokenStatus {
    ACCEPTED, BLOCKED, EXPIRED, INVALID
}
