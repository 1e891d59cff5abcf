package io.gridcharge.domain.tenant;

import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import java.time.Clock;
import java.time.Instant;

/**
 * Operators manage who may use the platform (issue 8): list users, block them, let accounts expire. Users are
 * created with their role and scope by {@link TenantAdministration#createUser}.
 */
public final class UserAdministration {
    /** What an operator changes of a user's access; a null field is left as it is. */
    public record AccessChange(Boolean blocked, Instant expiresAt, boolean clearExpiry) {
    }

    private final UserRepository users;
    private final Clock clock;

    public UserAdministration(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    public Page<User> list(PageRequest page) {
        return users.list(page);
    }

    public User get(String username) {
        return users.find(username).orElseThrow(() -> new NotFound("user", username));
    }

    /**
     * Blocks or unblocks a user, sets or clears the expiry. Nobody blocks or expires their own account: the
     * last operator must not lock everyone out by a slip.
     */
    public User changeAccess(String actingUser, String username, AccessChange change) {
        User user = get(username);
        boolean blocked = change.blocked() == null ? user.blocked() : change.blocked();
        Instant expiresAt = change.clearExpiry() ? null : change.expiresAt() == null ? user.expiresAt() : change.expiresAt();
        User changed = user.withAccess(blocked, expiresAt);
        if (username.equals(actingUser) && !changed.mayActAt(clock.instant())) {
            throw new Conflict("you cannot block or expire your own account");
        }
        if (!users.updateAccess(username, blocked, expiresAt)) {
            throw new NotFound("user", username);
        }
        return changed;
    }
}
