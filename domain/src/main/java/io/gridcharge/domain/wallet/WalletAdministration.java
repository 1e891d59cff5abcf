package io.gridcharge.domain.wallet;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.SiteId;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Currency;
import java.util.List;

/**
 * What operators and drivers do with prepaid wallets (issue 7): open, top up (cash or bank transfer entered
 * by an operator, or through the payment provider), refund, freeze, unfreeze, close, and adjust with a reason.
 * Top-ups and refunds take an idempotency key: the same request again returns the first booking, a different
 * request under the same key is a conflict, and in both cases nothing more is booked.
 */
public final class WalletAdministration {
    /** Above this a single top-up or refund is taken for a typo, not a payment. */
    public static final BigDecimal LARGEST_MOVEMENT = new BigDecimal("10000");
    /** The largest credit a fleet's post-paid account is given. */
    public static final BigDecimal LARGEST_CREDIT_LIMIT = new BigDecimal("100000");

    private final LedgerRepository ledger;
    private final PaymentProvider payments;
    private final Clock clock;

    public WalletAdministration(LedgerRepository ledger, PaymentProvider payments, Clock clock) {
        this.ledger = ledger;
        this.payments = payments;
        this.clock = clock;
    }

    public Wallet open(OperatorId operator, SiteId site, String holder, Currency currency, List<IdToken> idTokens) {
        return ledger.open(new Wallet(null, operator, site, holder, currency, WalletStatus.ACTIVE, idTokens, clock.instant()));
    }

    /**
     * Opens a fleet's post-paid account: its cards and cars charge to it up to {@code creditLimit} without a
     * prepaid balance; what it owes is paid against its monthly statements ({@link #recordPayment}).
     */
    public Wallet openPostpaid(OperatorId operator, SiteId site, String holder, Currency currency,
                               List<IdToken> idTokens, BigDecimal creditLimit) {
        if (creditLimit == null) {
            throw new InvalidInput("creditLimit", "is required for a post-paid account");
        }
        return ledger.open(new Wallet(null, operator, site, holder, currency, WalletStatus.ACTIVE, idTokens,
                clock.instant(), creditLimit));
    }

    /** What the wallet owes: the part of a balance below zero (a fleet's receivable, a prepaid overdraft). */
    public Money due(WalletId id) {
        Money balance = balance(id);
        return balance.isNegative() ? balance.negate() : Money.zero(balance.currency());
    }

    /**
     * A payment received against a post-paid account's statement (a bank transfer or cash, entered by finance),
     * under an idempotency key as a top-up. It pays what is due and no more: an overpayment is refused, so the
     * account never holds a prepaid balance it was not opened for.
     */
    public Booking recordPayment(WalletId id, Money amount, FundingMethod method, IdempotencyKey key, String author) {
        Wallet wallet = get(id);
        checkAmount(wallet, amount);
        if (!wallet.isPostpaid()) {
            throw new Conflict("wallet " + id + " is prepaid; payments are recorded against post-paid accounts");
        }
        if (method == FundingMethod.PAYMENT_PROVIDER) {
            throw new InvalidInput("method", "must be Cash or BankTransfer for a payment received");
        }
        String fingerprint = "PAYMENT " + fingerprint(MovementKind.TOP_UP, amount, method);
        return replayChecked(ledger.book(id, key, fingerprint, locked -> {
            if (locked.wallet().status() == WalletStatus.CLOSED) {
                throw new Conflict("wallet " + id + " is closed");
            }
            Money due = locked.balance().isNegative() ? locked.balance().negate() : Money.zero(amount.currency());
            if (amount.isGreaterThan(due)) {
                throw new Conflict("a payment of " + amount + " exceeds the " + due + " due; nothing was booked");
            }
            return Movement.transfer(MovementKind.TOP_UP, id, Account.funds(method), locked.wallet().account(), amount,
                    "payment received by " + method.name().toLowerCase().replace('_', ' '), author, null, null,
                    clock.instant());
        }), fingerprint);
    }

    public Wallet get(WalletId id) {
        return ledger.find(id).orElseThrow(() -> new NotFound("wallet", id));
    }

    public Money balance(WalletId id) {
        get(id);
        return ledger.balance(id);
    }

    public Page<Wallet> list(OperatorId operator, SiteId site, PageRequest page) {
        return ledger.list(operator, site, page);
    }

    public Page<Movement> movements(WalletId id, PageRequest page) {
        get(id);
        return ledger.movements(id, page);
    }

    /**
     * A wallet's statement for a period (a month, for fleets and residents): the balance before it, every
     * movement in it, and the balance after, which is the opening balance plus the movements.
     */
    public WalletStatement statement(WalletId id, java.time.Instant from, java.time.Instant to) {
        if (!to.isAfter(from)) {
            throw new InvalidInput("to", "must be after from");
        }
        Wallet wallet = get(id);
        Money opening = ledger.balanceBefore(id, from);
        List<Movement> movements = ledger.movementsBetween(id, from, to);
        Money closing = movements.stream().map(Movement::walletChange).reduce(opening, Money::plus);
        return new WalletStatement(wallet, from, to, opening, movements, closing);
    }

    /** The books checked: every movement balanced, sum of balances equal to sum of entries (issue 7). */
    public Reconciliation reconcile() {
        return ledger.reconcile();
    }

    public Booking topUp(WalletId id, Money amount, FundingMethod method, IdempotencyKey key, String author) {
        Wallet wallet = get(id);
        checkAmount(wallet, amount);
        String fingerprint = fingerprint(MovementKind.TOP_UP, amount, method);
        String reference = null;
        if (method == FundingMethod.PAYMENT_PROVIDER) {
            // Asking the provider twice for one key would take the money twice: a replay is answered first, and
            // the wallet must be active before any money is taken.
            Booking earlier = earlierBooking(id, key, fingerprint);
            if (earlier != null) {
                return earlier;
            }
            PaymentProvider.PaymentResult payment = payments.charge(amount, "wallet-" + id + "-" + key.value());
            if (!payment.approved()) {
                throw new PaymentDeclined(payment.declineReason());
            }
            reference = payment.providerReference();
        }
        String providerReference = reference;
        return replayChecked(ledger.book(id, key, fingerprint, locked -> {
            // Money the provider has taken is booked even if the wallet was frozen a moment ago; it is not spent.
            if (providerReference == null || locked.wallet().status() == WalletStatus.CLOSED) {
                requireStatus(locked.wallet(), WalletStatus.ACTIVE, "take a top-up");
            }
            return Movement.transfer(MovementKind.TOP_UP, id, Account.funds(method), locked.wallet().account(), amount,
                    "top-up by " + method.name().toLowerCase().replace('_', ' '), author, providerReference, null,
                    clock.instant());
        }), fingerprint);
    }

    public Booking refund(WalletId id, Money amount, FundingMethod method, IdempotencyKey key, String author) {
        Wallet wallet = get(id);
        checkAmount(wallet, amount);
        String fingerprint = fingerprint(MovementKind.REFUND, amount, method);
        return replayChecked(ledger.book(id, key, fingerprint, locked -> {
            requireStatus(locked.wallet(), WalletStatus.ACTIVE, "refund");
            if (amount.isGreaterThan(locked.balance())) {
                throw new Conflict("a refund of " + amount + " exceeds the balance of " + locked.balance());
            }
            return Movement.transfer(MovementKind.REFUND, id, locked.wallet().account(), Account.funds(method), amount,
                    "refund by " + method.name().toLowerCase().replace('_', ' '), author, null, null,
                    clock.instant());
        }), fingerprint);
    }

    /**
     * A manual adjustment or the outcome of a dispute: {@code change} positive credits the wallet, negative
     * debits it, against the manual adjustments account. Any wallet status but closed.
     */
    public Movement adjust(WalletId id, Money change, String reason, String author) {
        Wallet wallet = get(id);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "is required for an adjustment");
        }
        checkAmount(wallet, change.isNegative() ? change.negate() : change);
        return ledger.book(id, null, null, locked -> {
            if (locked.wallet().status() == WalletStatus.CLOSED) {
                throw new Conflict("wallet " + id + " is closed");
            }
            if (locked.wallet().isPostpaid() && change.isNegative()
                    && locked.balance().plus(change).plus(locked.wallet().credit()).isNegative()) {
                throw new Conflict("a debit of " + change.negate() + " takes post-paid account " + id
                        + " over its credit limit of " + locked.wallet().credit());
            }
            Money amount = change.isNegative() ? change.negate() : change;
            return change.isNegative()
                    ? Movement.transfer(MovementKind.ADJUSTMENT, id, locked.wallet().account(),
                    Account.manualAdjustments(), amount, reason, author, null, null, clock.instant())
                    : Movement.transfer(MovementKind.ADJUSTMENT, id, Account.manualAdjustments(),
                    locked.wallet().account(), amount, reason, author, null, null, clock.instant());
        }).movement();
    }

    public Wallet freeze(WalletId id) {
        get(id);
        return ledger.changeStatus(id, locked -> {
            requireStatus(locked.wallet(), WalletStatus.ACTIVE, "be frozen");
            return WalletStatus.FROZEN;
        });
    }

    public Wallet unfreeze(WalletId id) {
        get(id);
        return ledger.changeStatus(id, locked -> {
            requireStatus(locked.wallet(), WalletStatus.FROZEN, "be unfrozen");
            return WalletStatus.ACTIVE;
        });
    }

    /** Closing is final and needs a zero balance: refund what is left first, or settle what is owed. */
    public Wallet close(WalletId id) {
        get(id);
        return ledger.changeStatus(id, locked -> {
            if (locked.wallet().status() == WalletStatus.CLOSED) {
                throw new Conflict("wallet " + id + " is closed already");
            }
            if (!locked.balance().isZero()) {
                throw new Conflict("wallet " + id + " has a balance of " + locked.balance()
                        + "; refund or settle it before closing");
            }
            return WalletStatus.CLOSED;
        });
    }

    /** The booking made earlier under the key, or null; an inactive wallet is refused here, before any payment. */
    private Booking earlierBooking(WalletId id, IdempotencyKey key, String fingerprint) {
        try {
            return replayChecked(ledger.book(id, key, fingerprint, locked -> {
                requireStatus(locked.wallet(), WalletStatus.ACTIVE, "take a top-up");
                throw new NotYetBooked();
            }), fingerprint);
        } catch (NotYetBooked e) {
            return null;
        }
    }

    /** Thrown inside a booking to write nothing when a key has not been used yet. */
    private static final class NotYetBooked extends RuntimeException {
        NotYetBooked() {
            super(null, null, false, false);
        }
    }

    private static Booking replayChecked(Booking booking, String fingerprint) {
        if (booking.replayed() && !fingerprint.equals(booking.fingerprint())) {
            throw new Conflict("the idempotency key was used for a different request (" + booking.fingerprint()
                    + "); nothing was booked");
        }
        return booking;
    }

    private static void checkAmount(Wallet wallet, Money amount) {
        if (!amount.currency().equals(wallet.currency())) {
            throw new InvalidInput("currency", "must be " + wallet.currency().getCurrencyCode()
                    + ", the wallet's currency");
        }
        if (!amount.isPositive()) {
            throw new InvalidInput("amount", "must be positive");
        }
        if (!amount.isWholeMinorUnits()) {
            throw new InvalidInput("amount", "must have at most " + wallet.currency().getDefaultFractionDigits()
                    + " decimals");
        }
        if (amount.amount().compareTo(LARGEST_MOVEMENT) > 0) {
            throw new InvalidInput("amount", "must be at most " + LARGEST_MOVEMENT.toPlainString());
        }
    }

    private static void requireStatus(Wallet wallet, WalletStatus required, String what) {
        if (wallet.status() != required) {
            throw new Conflict("wallet " + wallet.id() + " is " + wallet.status().name().toLowerCase()
                    + " and cannot " + what);
        }
    }

    private static String fingerprint(MovementKind kind, Money amount, FundingMethod method) {
        return kind + " " + amount.amount().stripTrailingZeros().toPlainString() + " "
                + amount.currency().getCurrencyCode() + " " + method;
    }
}
