package io.gridcharge.domain.wallet;

import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.shared.Require;

/** One side of a movement: what it adds to an account's balance (negative: what it takes away). */
public record Entry(Account account, Money amount) {
    public Entry {
        Require.present(account, "account");
        Require.present(amount, "amount");
    }
}
