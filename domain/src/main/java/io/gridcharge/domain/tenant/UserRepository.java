package io.gridcharge.domain.tenant;

import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/** Where users and their API sessions are kept. Session tokens are stored as hashes only. */
public interface UserRepository {
    boolean insert(User user);

    Optional<User> find(String username);

    boolean anyUser();

    /** Users by username. */
    Page<User> list(PageRequest page);

    /** Sets whether the user is blocked and when the account expires (null: never); false when there is no such user. */
    boolean updateAccess(String username, boolean blocked, Instant expiresAt);

    void saveSession(String tokenHash, String username, Instant expiresAt);

    /** The user of an unexpired session. */
    Optional<User> findBySession(String tokenHash, Instant now);

    void deleteSession(String tokenHash);
}
