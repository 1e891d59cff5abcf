package io.gridcharge.domain.tenant;

import io.gridcharge.domain.shared.Require;
import java.time.Instant;

/**
 * A user of the API and the console. An operator can block a user or let the account expire (issue 8); either
 * ends what the user may do at once, sessions included.
 */
public record User(String username, String passwordHash, Role role, Instant createdAt, boolean blocked,
                   Instant expiresAt) {
    public User {
        Require.text(username, 64, "username");
        Require.present(passwordHash, "passwordHash");
        Require.present(role, "role");
    }

    /** A user neither blocked nor expiring. */
    public User(String username, String passwordHash, Role role, Instant createdAt) {
        this(username, passwordHash, role, createdAt, false, null);
    }

    /** Whether the user may log in, or use a session, at this moment. */
    public boolean mayActAt(Instant now) {
        return !blocked && (expiresAt == null || now.isBefore(expiresAt));
    }
}
