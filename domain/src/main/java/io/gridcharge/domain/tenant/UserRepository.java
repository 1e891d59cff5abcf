package io.gridcharge.domain.tenant;

import java.time.Instant;
import java.util.Optional;

/** Where users and their API sessions are kept. Session tokens are stored as hashes only. */
public interface UserRepository {
    boolean insert(User user);

    Optional<User> find(String username);

    boolean anyUser();

    void saveSession(String tokenHash, String username, Instant expiresAt);

    /** The user of an unexpired session. */
    Optional<User> findBySession(String tokenHash, Instant now);

    void deleteSession(String tokenHash);
}
