package io.gridcharge.domain.tenant;

import io.gridcharge.domain.shared.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Users log in with a password and get a bearer token; the token is random (256 bits), valid for
 * {@link #SESSION_LENGTH}, and stored only as its SHA-256 hash.
 */
public final class Login {
    public static final Duration SESSION_LENGTH = Duration.ofHours(12);

    /** The outcome: a token, or why not (bad credentials, or too many failures — wait this long). */
    public sealed interface Result {
        record Granted(String token, User user) implements Result {
        }

        record Denied() implements Result {
        }

        record Throttled(Duration retryAfter) implements Result {
        }
    }

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Login(UserRepository users, PasswordHasher hasher, LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.clock = clock;
    }

    public Result login(String username, String password) {
        Duration wait = throttle.waitBefore(username);
        if (!wait.isZero()) {
            return new Result.Throttled(wait);
        }
        Optional<User> user = Optional.ofNullable(username).flatMap(users::find)
                .filter(u -> password != null && hasher.verify(password, u.passwordHash()));
        if (user.isEmpty()) {
            throttle.failed(username);
            return new Result.Denied();
        }
        if (!user.get().mayActAt(clock.instant())) {
            // A blocked or expired user is told no more than a wrong password would tell.
            return new Result.Denied();
        }
        throttle.succeeded(username);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        users.saveSession(hashOf(token), user.get().username(), clock.instant().plus(SESSION_LENGTH));
        return new Result.Granted(token, user.get());
    }

    /** The user a bearer token belongs to, while its session lasts. */
    public Optional<User> authenticate(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return users.findBySession(hashOf(token), now).filter(user -> user.mayActAt(now));
    }

    public void logout(String token) {
        users.deleteSession(hashOf(token));
    }

    static String hashOf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
