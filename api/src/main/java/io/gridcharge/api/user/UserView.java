package io.gridcharge.api.user;

import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.tenant.Scope;
import io.gridcharge.domain.tenant.User;
import java.time.Instant;

/**
 * A user as the API shows it, never with the password hash: the role and the operator, site or wallet it acts
 * for (issue 7), and whether the account is blocked or expires (issue 8).
 */
public record UserView(String username, String role, String operatorId, String siteId, Long walletId,
                       boolean blocked, Instant expiresAt, Instant createdAt) {
    public static UserView of(User user) {
        Scope scope = user.scope();
        return new UserView(user.username(), Vocabulary.ROLE.name(user.role()),
                scope.operator() == null ? null : scope.operator().value(),
                scope.site() == null ? null : scope.site().value(), scope.wallet(), user.blocked(), user.expiresAt(),
                user.createdAt());
    }
}
