package io.gridcharge.domain.wallet;

import io.gridcharge.domain.billing.Money;
import java.time.Instant;
import java.util.List;

/** A wallet's statement for a period: opening balance, the movements booked in it, closing balance. */
public record WalletStatement(Wallet wallet, Instant from, Instant to, Money opening, List<Movement> movements,
                              Money closing) {
    public WalletStatement {
        movements = List.copyOf(movements);
    }
}
