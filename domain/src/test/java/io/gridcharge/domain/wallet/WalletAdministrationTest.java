package io.gridcharge.domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.testing.Fakes;
import io.gridcharge.domain.testing.InMemoryLedger;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WalletAdministrationTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final AtomicInteger providerCalls = new AtomicInteger();
    private final SandboxPaymentProvider sandbox = new SandboxPaymentProvider();
    private final WalletAdministration wallets = new WalletAdministration(ledger, (amount, reference) -> {
        providerCalls.incrementAndGet();
        return sandbox.charge(amount, reference);
    }, new Fakes.ManualClock(Instant.parse("2026-03-10T10:00:00Z")));
    private final Wallet wallet = wallets.open(OperatorId.of("nord"), null, "Ada", EUR, List.of(IdToken.of("CARD-1")));

    @Test
    void aTopUpIsTwoEntriesAndTheBalanceIsDerivedFromThem() {
        Booking booking = wallets.topUp(wallet.id(), eur("25.00"), FundingMethod.CASH, key("k1"), "ops");

        assertThat(booking.movement().entries()).extracting(e -> e.account().toString(), e -> e.amount().plain())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FUNDS:CASH", "-25.00"),
                        org.assertj.core.groups.Tuple.tuple("WALLET:" + wallet.id(), "25.00"));
        assertThat(wallets.balance(wallet.id()).plain()).isEqualTo("25.00");
        assertThat(ledger.reconcile().balanced()).isTrue();
    }

    @Test
    void theSameTopUpSentAgainUnderItsKeyReturnsTheFirstBookingAndBooksNothingMore() {
        Booking first = wallets.topUp(wallet.id(), eur("25.00"), FundingMethod.PAYMENT_PROVIDER, key("k1"), "ada");
        Booking again = wallets.topUp(wallet.id(), eur("25"), FundingMethod.PAYMENT_PROVIDER, key("k1"), "ada");

        assertThat(again.movement()).isEqualTo(first.movement());
        assertThat(again.replayed()).isTrue();
        assertThat(providerCalls).hasValue(1);
        assertThat(wallets.balance(wallet.id()).plain()).isEqualTo("25.00");
    }

    @Test
    void aDifferentRequestUnderAUsedKeyIsAConflictAndBooksNothing() {
        wallets.topUp(wallet.id(), eur("25.00"), FundingMethod.CASH, key("k1"), "ops");

        assertThatThrownBy(() -> wallets.topUp(wallet.id(), eur("30.00"), FundingMethod.CASH, key("k1"), "ops"))
                .isInstanceOf(Conflict.class).hasMessageContaining("different request");
        assertThatThrownBy(() -> wallets.refund(wallet.id(), eur("25.00"), FundingMethod.CASH, key("k1"), "ops"))
                .isInstanceOf(Conflict.class);
        assertThat(wallets.balance(wallet.id()).plain()).isEqualTo("25.00");
    }

    @Test
    void aDeclinedPaymentBooksNothing() {
        assertThatThrownBy(() -> wallets.topUp(wallet.id(), eur("13.13"), FundingMethod.PAYMENT_PROVIDER, key("k"), "a"))
                .isInstanceOf(PaymentDeclined.class);
        assertThat(ledger.reconcile().movements()).isZero();
    }

    @Test
    void negativeAbsurdOverPreciseAndForeignAmountsAreRefusedAndBookNothing() {
        assertThatThrownBy(() -> wallets.topUp(wallet.id(), eur("-5.00"), FundingMethod.CASH, key("a"), "ops"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("amount must be positive");
        assertThatThrownBy(() -> wallets.topUp(wallet.id(), eur("0"), FundingMethod.CASH, key("b"), "ops"))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> wallets.topUp(wallet.id(), eur("1000000"), FundingMethod.CASH, key("c"), "ops"))
                .hasMessageContaining("at most 10000");
        assertThatThrownBy(() -> wallets.topUp(wallet.id(), eur("1.005"), FundingMethod.CASH, key("d"), "ops"))
                .hasMessageContaining("at most 2 decimals");
        assertThatThrownBy(() -> wallets.topUp(wallet.id(), Money.of("5", "CHF"), FundingMethod.CASH, key("e"), "ops"))
                .hasMessageContaining("currency must be EUR");
        assertThat(ledger.reconcile().movements()).isZero();
    }

    @Test
    void aRefundCannotExceedTheBalance() {
        wallets.topUp(wallet.id(), eur("10.00"), FundingMethod.BANK_TRANSFER, key("t"), "ops");

        assertThatThrownBy(() -> wallets.refund(wallet.id(), eur("10.01"), FundingMethod.BANK_TRANSFER, key("r"), "ops"))
                .isInstanceOf(Conflict.class).hasMessageContaining("exceeds the balance of 10.00 EUR");
        wallets.refund(wallet.id(), eur("10.00"), FundingMethod.BANK_TRANSFER, key("r"), "ops");
        assertThat(wallets.balance(wallet.id()).isZero()).isTrue();
    }

    @Test
    void aFrozenWalletTakesNoTopUpOrRefundUntilUnfrozen() {
        wallets.freeze(wallet.id());

        assertThatThrownBy(() -> wallets.topUp(wallet.id(), eur("5.00"), FundingMethod.CASH, key("a"), "ops"))
                .isInstanceOf(Conflict.class).hasMessageContaining("is frozen");
        wallets.unfreeze(wallet.id());
        wallets.topUp(wallet.id(), eur("5.00"), FundingMethod.CASH, key("a"), "ops");
        assertThat(wallets.balance(wallet.id()).plain()).isEqualTo("5.00");
    }

    @Test
    void aFrozenWalletTakesNoMoneyFromThePaymentProvider() {
        wallets.freeze(wallet.id());

        assertThatThrownBy(() -> wallets.topUp(wallet.id(), eur("5.00"), FundingMethod.PAYMENT_PROVIDER, key("p"), "a"))
                .isInstanceOf(Conflict.class);
        assertThat(providerCalls).hasValue(0);
    }

    @Test
    void onlyAnEmptyWalletCloses() {
        wallets.topUp(wallet.id(), eur("5.00"), FundingMethod.CASH, key("a"), "ops");

        assertThatThrownBy(() -> wallets.close(wallet.id())).isInstanceOf(Conflict.class)
                .hasMessageContaining("balance of 5.00 EUR");
        wallets.refund(wallet.id(), eur("5.00"), FundingMethod.CASH, key("b"), "ops");
        assertThat(wallets.close(wallet.id()).status()).isEqualTo(WalletStatus.CLOSED);
        assertThatThrownBy(() -> wallets.topUp(wallet.id(), eur("5.00"), FundingMethod.CASH, key("c"), "ops"))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void anAdjustmentNeedsAReasonAndKeepsItsAuthor() {
        assertThatThrownBy(() -> wallets.adjust(wallet.id(), eur("2.00"), " ", "finance"))
                .hasMessageContaining("reason");

        Movement credit = wallets.adjust(wallet.id(), eur("2.00"), "station fault, goodwill", "finance");
        Movement debit = wallets.adjust(wallet.id(), eur("-0.50"), "parking fee", "finance");

        assertThat(credit.author()).isEqualTo("finance");
        assertThat(credit.reason()).isEqualTo("station fault, goodwill");
        assertThat(debit.walletChange().plain()).isEqualTo("-0.50");
        assertThat(wallets.balance(wallet.id()).plain()).isEqualTo("1.50");
    }

    @Test
    void aTokenPaysFromOneWalletOnly() {
        assertThatThrownBy(() -> wallets.open(OperatorId.of("nord"), null, "Bob", EUR, List.of(IdToken.of("CARD-1"))))
                .isInstanceOf(Conflict.class);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static IdempotencyKey key(String value) {
        return new IdempotencyKey(value);
    }
}
