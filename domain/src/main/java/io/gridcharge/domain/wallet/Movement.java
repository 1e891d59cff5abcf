package io.gridcharge.domain.wallet;

import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.time.Instant;
import java.util.List;

/**
 * One movement of money in the double-entry ledger: exactly two entries of the same amount and currency,
 * one taking from an account and one adding to another, so every movement sums to zero and the books always
 * balance. {@code amount} is what moved (positive, whole minor units); {@code wallet} the wallet it touched;
 * {@code author} who booked it (a user, or "platform" for automatic settlement); {@code reason} why.
 */
public record Movement(long id, MovementKind kind, WalletId wallet, Money amount, List<Entry> entries,
                       String reason, String author, String reference, Long orderId, Instant at) {
    public Movement {
        Require.present(kind, "kind");
        Require.present(wallet, "wallet");
        Require.present(amount, "amount");
        entries = List.copyOf(entries);
        Require.maxLength(reason, 500, "reason");
        Require.text(author, 64, "author");
        Require.maxLength(reference, 200, "reference");
        Require.present(at, "at");
        if (!amount.isPositive() || !amount.isWholeMinorUnits()) {
            throw new InvalidInput("amount", "must be positive in whole " + amount.currency().getCurrencyCode()
                    + " minor units");
        }
        if (entries.size() != 2 || !entries.get(0).amount().plus(entries.get(1).amount()).isZero()
                || !entries.get(1).amount().sameAs(amount)) {
            throw new IllegalArgumentException("a movement is two entries that take and add the same amount");
        }
    }

    /** Moves {@code amount} from one account to another. */
    public static Movement transfer(MovementKind kind, WalletId wallet, Account from, Account to, Money amount,
                                    String reason, String author, String reference, Long orderId, Instant at) {
        return new Movement(0, kind, wallet, amount, List.of(new Entry(from, amount.negate()), new Entry(to, amount)),
                reason, author, reference, orderId, at);
    }

    public Movement withId(long assigned) {
        return new Movement(assigned, kind, wallet, amount, entries, reason, author, reference, orderId, at);
    }

    /** What this movement changed the wallet's balance by. */
    public Money walletChange() {
        Account account = Account.wallet(wallet);
        return entries.stream().filter(e -> e.account().equals(account)).map(Entry::amount)
                .reduce(Money::plus).orElse(Money.zero(amount.currency()));
    }
}
