package io.gridcharge.api.live;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Admission to the live event stream. A browser's EventSource cannot send an Authorization header, so a client
 * with a bearer token first buys a ticket (POST, authenticated) and opens the stream with it in the URL. A
 * ticket is random (256 bits), good once and for {@link #LIFETIME}: written to a log or a browser history it is
 * worth nothing. A cookie was the alternative; it would have made every API route answer to ambient
 * credentials and so need CSRF defences, for one route's sake.
 */
public final class LiveTickets {
    public static final Duration LIFETIME = Duration.ofSeconds(30);
    /** Unused tickets are few (each client opens its stream at once); the cap bounds memory all the same. */
    static final int MAX_OUTSTANDING = 10_000;

    public record Ticket(String value, Instant expiresAt) {
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> outstanding = new ConcurrentHashMap<>();

    public LiveTickets(Clock clock) {
        this.clock = clock;
    }

    /** Empty when {@link #MAX_OUTSTANDING} unused tickets are out already. */
    public Optional<Ticket> issue() {
        Instant now = clock.instant();
        outstanding.values().removeIf(expiry -> !expiry.isAfter(now));
        if (outstanding.size() >= MAX_OUTSTANDING) {
            return Optional.empty();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = now.plus(LIFETIME);
        outstanding.put(value, expiresAt);
        return Optional.of(new Ticket(value, expiresAt));
    }

    /** True once for a ticket issued and not expired; the ticket is gone afterwards either way. */
    public boolean redeem(String value) {
        if (value == null) {
            return false;
        }
        Instant expiresAt = outstanding.remove(value);
        return expiresAt != null && clock.instant().isBefore(expiresAt);
    }
}
