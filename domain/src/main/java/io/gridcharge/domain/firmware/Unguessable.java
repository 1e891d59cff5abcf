package io.gridcharge.domain.firmware;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Identifiers that stand in for a credential: stations fetch firmware and upload diagnostics without a bearer
 * token (they cannot send one), so the URL itself must not be guessable. 128 random bits, URL-safe.
 */
final class Unguessable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Unguessable() {
    }

    static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
