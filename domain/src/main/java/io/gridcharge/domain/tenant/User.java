package io.gridcharge.domain.tenant;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.time.Instant;

/**
 * A user of the API and the console: a role within a scope (the operator, site or wallet it acts for, issue 7),
 * and whether an operator blocked the account or let it expire (issue 8); either ends what the user may do at
 * once, sessions included.
 */
public record User(String username, String passwordHash, Role role, Instant createdAt, Scope scope, boolean blocked,
                   Instant expiresAt) {
    public User {
        Require.text(username, 64, "username");
        Require.present(passwordHash, "passwordHash");
        Require.present(role, "role");
        scope = scope == null ? Scope.PLATFORM : scope;
        boolean needs = switch (role) {
            case ADMIN -> scope.operator() == null && scope.site() == null && scope.wallet() == null;
            case OPERATOR_ADMIN, FINANCE -> scope.operator() != null && scope.site() == null && scope.wallet() == null;
            case PROPERTY_MANAGER -> scope.operator() != null && scope.site() != null && scope.wallet() == null;
            case DRIVER -> scope.operator() != null && scope.site() == null && scope.wallet() != null;
        };
        if (!needs) {
            throw new InvalidInput("scope", "does not fit role " + role
                    + ": admin none, operator admin and finance an operator, property manager an operator and site,"
                    + " driver an operator and wallet");
        }
    }

    /** A user of that scope, neither blocked nor expiring. */
    public User(String username, String passwordHash, Role role, Instant createdAt, Scope scope) {
        this(username, passwordHash, role, createdAt, scope, false, null);
    }

    /** A platform-wide user (the platform admin), neither blocked nor expiring. */
    public User(String username, String passwordHash, Role role, Instant createdAt) {
        this(username, passwordHash, role, createdAt, Scope.PLATFORM);
    }

    /** The same user with its access changed. */
    public User withAccess(boolean blocked, Instant expiresAt) {
        return new User(username, passwordHash, role, createdAt, scope, blocked, expiresAt);
    }

    /** Whether the user may log in, or use a session, at this moment. */
    public boolean mayActAt(Instant now) {
        return !blocked && (expiresAt == null || now.isBefore(expiresAt));
    }
}
