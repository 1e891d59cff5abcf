package io.gridcharge.domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.testing.Fakes;
import io.gridcharge.domain.testing.InMemoryLedger;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of wallet operations, valid and not (issue 7, ledger property tests): after every step the
 * books balance, every wallet's derived balance equals what a simple model of the operations says, and no
 * refund ever took a balance below zero.
 */
public class LedgerPropertyTest {

    @Test
    void randomOperationSequencesKeepTheBooksBalanced() {
        for (long seed = 1; seed <= 40; seed++) {
            runSequence(new InMemoryLedger(), new Random(seed), 150);
        }
    }

    /** Runs {@code steps} random operations on {@code ledger} and checks the books after each; also used on PostgreSQL. */
    public static void runSequence(LedgerRepository ledger, Random random, int steps) {
        WalletAdministration wallets = new WalletAdministration(ledger, new SandboxPaymentProvider(),
                new Fakes.ManualClock(Instant.parse("2026-03-10T10:00:00Z")));
        List<Wallet> opened = new ArrayList<>();
        Map<WalletId, BigDecimal> model = new HashMap<>();
        Map<String, String> usedKeys = new HashMap<>();
        String[] currencies = {"EUR", "EUR", "CHF", "JPY"};
        for (int step = 0; step < steps; step++) {
            if (opened.isEmpty() || random.nextInt(12) == 0) {
                Currency currency = Currency.getInstance(currencies[random.nextInt(currencies.length)]);
                Wallet wallet = wallets.open(OperatorId.of("op"), null, "holder", currency,
                        List.of(IdToken.of("T-" + random.nextLong(Long.MAX_VALUE))));
                opened.add(wallet);
                model.put(wallet.id(), BigDecimal.ZERO);
                continue;
            }
            Wallet wallet = opened.get(random.nextInt(opened.size()));
            Money amount = randomAmount(random, wallet.currency());
            String keyText = "k" + random.nextInt(30);
            IdempotencyKey key = new IdempotencyKey(keyText);
            FundingMethod method = FundingMethod.values()[random.nextInt(FundingMethod.values().length)];
            try {
                switch (random.nextInt(7)) {
                    case 0, 1 -> {
                        Booking booking = wallets.topUp(wallet.id(), amount, method, key, "p");
                        if (!booking.replayed()) {
                            model.merge(wallet.id(), amount.amount(), BigDecimal::add);
                        }
                    }
                    case 2 -> {
                        Booking booking = wallets.refund(wallet.id(), amount, method, key, "p");
                        if (!booking.replayed()) {
                            model.merge(wallet.id(), amount.amount().negate(), BigDecimal::add);
                        }
                    }
                    case 3 -> {
                        Money change = random.nextBoolean() ? amount : amount.negate();
                        wallets.adjust(wallet.id(), change, "property test", "p");
                        model.merge(wallet.id(), change.amount(), BigDecimal::add);
                    }
                    case 4 -> wallets.freeze(wallet.id());
                    case 5 -> wallets.unfreeze(wallet.id());
                    default -> wallets.close(wallet.id());
                }
            } catch (Conflict | InvalidInput | PaymentDeclined refused) {
                // refused operations must leave the books as they were: checked below against the model
            }
            for (Wallet each : opened) {
                assertThat(ledger.balance(each.id()).amount()).as("balance of wallet %s after step %d", each.id(), step)
                        .isEqualByComparingTo(model.get(each.id()));
            }
            Reconciliation books = ledger.reconcile();
            assertThat(books.balanced()).as("books after step %d: %s", step, books).isTrue();
        }
        usedKeys.clear();
    }

    private static Money randomAmount(Random random, Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        BigDecimal amount = BigDecimal.valueOf(random.nextInt(5_000) - 100, digits);
        if (random.nextInt(20) == 0) {
            amount = amount.add(new BigDecimal("0.001"));
        }
        return Money.of(amount, currency);
    }
}
