package io.gridcharge.api.user;

import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.tenant.User;
import java.time.Instant;

/** A user as the API shows it: never the password hash. */
public record UserView(String username, String role, boolean blocked, Instant expiresAt, Instant createdAt) {
    static UserView of(User user) {
        return new UserView(user.username(), Vocabulary.ROLE.name(user.role()), user.blocked(), user.expiresAt(),
                user.createdAt());
    }
}
