package io.gridcharge.domain.shared;

/**
 * Every slot for slow password hashing is taken: the caller should come back later. Thrown rather than queued
 * so that a reconnect storm of stations with passwords cannot pile up hash work the machine cannot do in time
 * (issue 5); the gateway answers the handshake 503 with Retry-After.
 */
public final class PasswordChecksBusy extends RuntimeException {
    public PasswordChecksBusy(int slots) {
        super("all " + slots + " password check slots are busy");
    }
}
