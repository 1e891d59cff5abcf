package io.gridcharge.domain.tenant;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.time.Instant;

public record User(String username, String passwordHash, Role role, Instant createdAt, Scope scope) {
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

    /** A platform-wide user (the platform admin). */
    public User(String username, String passwordHash, Role role, Instant createdAt) {
        this(username, passwordHash, role, createdAt, Scope.PLATFORM);
    }
}
