package io.gridcharge.domain.wallet;

import io.gridcharge.domain.shared.Require;

/**
 * The client's name for one top-up or refund: sent again after a lost answer, it returns the first booking
 * instead of booking twice (IETF draft "The Idempotency-Key HTTP Header Field").
 */
public record IdempotencyKey(String value) {
    public IdempotencyKey {
        Require.text(value, 128, "Idempotency-Key");
    }
}
