package io.gridcharge.domain.shared;

/** The request is valid but clashes with the current state (a duplicate id, a station still charging). */
public final class Conflict extends RuntimeException {
    public Conflict(String message) {
        super(message);
    }
}
