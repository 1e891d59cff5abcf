package io.gridcharge.domain.wallet;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.SiteId;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where wallets and the ledger are kept. Balances are never stored: each is the sum of its account's entries.
 * Each method is one database transaction; the booking methods lock the wallet first, so checks against its
 * balance and status hold until the movement is written.
 */
public interface LedgerRepository {
    /** Opens a wallet (its id assigned); a token already paid by another wallet is a conflict. */
    Wallet open(Wallet wallet);

    Optional<Wallet> find(WalletId id);

    Optional<Wallet> findByToken(IdToken idToken);

    /** Wallets, of an operator and of a site when those are given. */
    Page<Wallet> list(OperatorId operator, SiteId site, PageRequest page);

    Money balance(WalletId id);

    /**
     * Locks the wallet. If {@code key} booked a movement on it before, returns that booking with the
     * fingerprint it was made under and writes nothing. Otherwise asks {@code decide} for the movement (it
     * throws to refuse, and then nothing is written), posts it, and keeps the key with {@code fingerprint}.
     */
    Booking book(WalletId id, IdempotencyKey key, String fingerprint, Function<LockedWallet, Movement> decide);

    /** Locks the wallet, asks {@code decide} for its new status (it throws to refuse), and stores it. */
    Wallet changeStatus(WalletId id, Function<LockedWallet, WalletStatus> decide);

    /** The wallet's movements, newest first. */
    Page<Movement> movements(WalletId id, PageRequest page);

    Reconciliation reconcile();

    /** The wallet's balance from the movements booked before {@code at}. */
    Money balanceBefore(WalletId id, java.time.Instant at);

    /** The wallet's movements booked from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    java.util.List<Movement> movementsBetween(WalletId id, java.time.Instant from, java.time.Instant to);
}
