package io.gridcharge.domain.tenant;

import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.shared.PasswordHasher;
import io.gridcharge.domain.shared.Require;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;

/** Operators manage who may use the platform (issue 8): create users, block them, let accounts expire. */
public final class UserAdministration {
    /** Letters, digits and . _ - @, so a username reads the same in a log line, a URL and a CSV cell. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    /** What an operator changes of a user's access; a null field is left as it is. */
    public record AccessChange(Boolean blocked, Instant expiresAt, boolean clearExpiry) {
    }

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;

    public UserAdministration(UserRepository users, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    public User create(String username, String password, Role role) {
        Require.present(username, "username");
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInput("username", "must be 1 to 64 letters, digits or . _ - @");
        }
        PasswordPolicy.check(password);
        User user = new User(username, hasher.hash(password), role == null ? Role.ADMIN : role, clock.instant());
        if (!users.insert(user)) {
            throw new Conflict("user " + username + " exists already");
        }
        return user;
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
        User changed = new User(user.username(), user.passwordHash(), user.role(), user.createdAt(), blocked, expiresAt);
        if (username.equals(actingUser) && !changed.mayActAt(clock.instant())) {
            throw new Conflict("you cannot block or expire your own account");
        }
        if (!users.updateAccess(username, blocked, expiresAt)) {
            throw new NotFound("user", username);
        }
        return changed;
    }
}
