package io.gridcharge.domain.tenant;

import io.gridcharge.domain.shared.Require;
import java.time.Instant;

public record User(String username, String passwordHash, Role role, Instant createdAt) {
    public User {
        Require.text(username, 64, "username");
        Require.present(passwordHash, "passwordHash");
        Require.present(role, "role");
    }
}
