package io.gridcharge.domain.tenant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@link #FREE_ATTEMPTS} failures in a row for a username, each further
 * attempt must wait twice as long as the last (1 s, 2 s, 4 s ... up to 15 min). Known and unknown usernames
 * are treated alike, so the back-off does not tell which exist.
 */
public final class LoginThrottle {
    static final int FREE_ATTEMPTS = 5;
    private static final Duration MAX_WAIT = Duration.ofMinutes(15);

    private record Failures(int count, Instant blockedUntil) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must still wait before trying this username; zero when it may try now. */
    public Duration waitBefore(String username) {
        Failures f = failures.get(key(username));
        if (f == null || f.blockedUntil == null) {
            return Duration.ZERO;
        }
        Duration wait = Duration.between(clock.instant(), f.blockedUntil);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    public void failed(String username) {
        failures.compute(key(username), (k, f) -> {
            int count = f == null ? 1 : f.count + 1;
            if (count <= FREE_ATTEMPTS) {
                return new Failures(count, null);
            }
            long seconds = 1L << Math.min(count - FREE_ATTEMPTS - 1, 20);
            Duration wait = Duration.ofSeconds(seconds);
            return new Failures(count, clock.instant().plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait));
        });
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(java.util.Locale.ROOT);
    }
}
