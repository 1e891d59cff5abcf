package io.gridcharge.domain.authorization;

import java.time.Instant;

/** The answer given to a station about a token: status, until when it may be cached, its group. */
public record Authorization(AuthorizationStatus status, Instant expiresAt, IdToken groupId) {
    public static Authorization of(AuthorizationStatus status) {
        return new Authorization(status, null, null);
    }

    public boolean accepted() {
        return status == AuthorizationStatus.ACCEPTED;
    }
}
