package io.gridcharge.domain.shared;

/** The thing asked for does not exist. */
public final class NotFound extends RuntimeException {
    public NotFound(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
