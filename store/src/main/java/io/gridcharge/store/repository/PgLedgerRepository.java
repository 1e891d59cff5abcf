package io.gridcharge.store.repository;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.wallet.Booking;
import io.gridcharge.domain.wallet.IdempotencyKey;
import io.gridcharge.domain.wallet.LedgerRepository;
import io.gridcharge.domain.wallet.LockedWallet;
import io.gridcharge.domain.wallet.Movement;
import io.gridcharge.domain.wallet.Reconciliation;
import io.gridcharge.domain.wallet.Wallet;
import io.gridcharge.domain.wallet.WalletId;
import io.gridcharge.domain.wallet.WalletStatus;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link LedgerRepository} on PostgreSQL. A booking locks the wallet's row, so checks against its balance and
 * status hold until the movement is committed; the database itself refuses a movement whose entries do not
 * balance (deferred constraint trigger) and any change to what the ledger holds (V50).
 */
public final class PgLedgerRepository implements LedgerRepository {
    private final Jdbi jdbi;

    public PgLedgerRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Wallet open(Wallet wallet) {
        return jdbi.inTransaction(handle -> {
            long id = handle.createUpdate("""
                            INSERT INTO wallets (operator_id, site_id, holder, currency, status, opened_at,
                                credit_limit)
                            VALUES (:operator, :site, :holder, :currency, :status, :openedAt, :creditLimit)""")
                    .bind("creditLimit", wallet.creditLimit())
                    .bind("operator", wallet.operatorId().value())
                    .bind("site", wallet.siteId() == null ? null : wallet.siteId().value())
                    .bind("holder", wallet.holder())
                    .bind("currency", wallet.currency().getCurrencyCode())
                    .bind("status", wallet.status().name())
                    .bind("openedAt", wallet.openedAt())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            for (IdToken token : wallet.idTokens()) {
                int linked = handle.createUpdate("""
                                INSERT INTO wallet_tokens (id_token, wallet_id) VALUES (:token, :wallet)
                                ON CONFLICT (id_token) DO NOTHING""")
                        .bind("token", token.value())
                        .bind("wallet", id)
                        .execute();
                if (linked == 0) {
                    throw new Conflict("id token " + token + " pays from another wallet already");
                }
            }
            return new Wallet(WalletId.of(id), wallet.operatorId(), wallet.siteId(), wallet.holder(),
                    wallet.currency(), wallet.status(), wallet.idTokens(), wallet.openedAt(), wallet.creditLimit());
        });
    }

    @Override
    public Optional<Wallet> find(WalletId id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + LedgerRows.WALLET_COLUMNS
                        + " FROM wallets WHERE id = :id")
                .bind("id", id.value())
                .map((row, ctx) -> LedgerRows.walletWithoutTokens(row))
                .findOne()
                .map(wallet -> LedgerRows.withTokens(handle, wallet)));
    }

    @Override
    public Optional<Wallet> findByToken(IdToken idToken) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT wallet_id FROM wallet_tokens WHERE id_token = :t")
                        .bind("t", idToken.value())
                        .mapTo(Long.class)
                        .findOne())
                .flatMap(id -> find(WalletId.of(id)));
    }

    @Override
    public Page<Wallet> list(OperatorId operator, SiteId site, PageRequest page) {
        return jdbi.inTransaction(handle -> {
            String where = " FROM wallets WHERE (CAST(:operator AS text) IS NULL OR operator_id = :operator)"
                    + " AND (CAST(:site AS text) IS NULL OR site_id = :site)";
            String operatorId = operator == null ? null : operator.value();
            String siteId = site == null ? null : site.value();
            long total = handle.createQuery("SELECT count(*)" + where).bind("operator", operatorId)
                    .bind("site", siteId).mapTo(Long.class).one();
            List<Wallet> items = handle.createQuery("SELECT " + LedgerRows.WALLET_COLUMNS + where
                            + " ORDER BY id LIMIT :limit OFFSET :offset")
                    .bind("operator", operatorId)
                    .bind("site", siteId)
                    .bind("limit", page.size())
                    .bind("offset", page.offset())
                    .map((row, ctx) -> LedgerRows.walletWithoutTokens(row))
                    .list().stream().map(w -> LedgerRows.withTokens(handle, w)).toList();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    @Override
    public Money balance(WalletId id) {
        return jdbi.withHandle(handle -> LedgerRows.balance(handle, find(id).orElseThrow(() ->
                new io.gridcharge.domain.shared.NotFound("wallet", id))));
    }

    @Override
    public Booking book(WalletId id, IdempotencyKey key, String fingerprint, Function<LockedWallet, Movement> decide) {
        return jdbi.inTransaction(handle -> {
            Wallet wallet = LedgerRows.lockWallet(handle, id);
            if (key != null) {
                Optional<Booking> earlier = earlierBooking(handle, id, key);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            Movement posted = LedgerRows.post(handle, decide.apply(new LockedWallet(wallet,
                    LedgerRows.balance(handle, wallet))));
            if (key != null) {
                handle.createUpdate("""
                                INSERT INTO idempotency_keys (wallet_id, key, fingerprint, movement_id)
                                VALUES (:wallet, :key, :fingerprint, :movement)""")
                        .bind("wallet", id.value())
                        .bind("key", key.value())
                        .bind("fingerprint", fingerprint)
                        .bind("movement", posted.id())
                        .execute();
            }
            return new Booking(posted, fingerprint, false);
        });
    }

    private static Optional<Booking> earlierBooking(Handle handle, WalletId id, IdempotencyKey key) {
        return handle.createQuery("SELECT fingerprint, movement_id FROM idempotency_keys WHERE wallet_id = :w AND key = :k")
                .bind("w", id.value())
                .bind("k", key.value())
                .map((row, ctx) -> Map.entry(row.getString("fingerprint"), row.getLong("movement_id")))
                .findOne()
                .map(found -> new Booking(LedgerRows.movements(handle, "WHERE id = :id",
                        Map.of("id", found.getValue())).getFirst(), found.getKey(), true));
    }

    @Override
    public Wallet changeStatus(WalletId id, Function<LockedWallet, WalletStatus> decide) {
        return jdbi.inTransaction(handle -> {
            Wallet wallet = LedgerRows.lockWallet(handle, id);
            WalletStatus status = decide.apply(new LockedWallet(wallet, LedgerRows.balance(handle, wallet)));
            handle.createUpdate("UPDATE wallets SET status = :status WHERE id = :id")
                    .bind("status", status.name())
                    .bind("id", id.value())
                    .execute();
            return wallet.withStatus(status);
        });
    }

    @Override
    public Page<Movement> movements(WalletId id, PageRequest page) {
        return jdbi.inTransaction(handle -> {
            long total = handle.createQuery("SELECT count(*) FROM ledger_movements WHERE wallet_id = :w")
                    .bind("w", id.value()).mapTo(Long.class).one();
            List<Movement> items = LedgerRows.movements(handle,
                    "WHERE wallet_id = :w ORDER BY id DESC LIMIT :limit OFFSET :offset",
                    Map.of("w", id.value(), "limit", page.size(), "offset", page.offset()));
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    @Override
    public Money balanceBefore(WalletId id, java.time.Instant at) {
        Wallet wallet = find(id).orElseThrow(() -> new io.gridcharge.domain.shared.NotFound("wallet", id));
        return jdbi.withHandle(handle -> Money.of(handle.createQuery("""
                        SELECT coalesce(sum(e.amount), 0) FROM ledger_entries e
                        JOIN ledger_movements m ON m.id = e.movement_id
                        WHERE e.account_kind = 'WALLET' AND e.account_key = :key AND e.currency = :currency
                          AND m.at < :at""")
                .bind("key", id.toString())
                .bind("currency", wallet.currency().getCurrencyCode())
                .bind("at", at)
                .mapTo(BigDecimal.class)
                .one(), wallet.currency()));
    }

    @Override
    public List<Movement> movementsBetween(WalletId id, java.time.Instant from, java.time.Instant to) {
        return jdbi.withHandle(handle -> LedgerRows.movements(handle,
                "WHERE wallet_id = :w AND at >= :from AND at < :to ORDER BY at, id",
                Map.of("w", id.value(), "from", from, "to", to)));
    }

    /** Sums straight from the entries, in one snapshot (repeatable read), so concurrent bookings cannot skew it. */
    @Override
    public Reconciliation reconcile() {
        return jdbi.inTransaction(org.jdbi.v3.core.transaction.TransactionIsolationLevel.REPEATABLE_READ, handle -> {
            Map<String, BigDecimal> entries = new HashMap<>();
            handle.createQuery("SELECT currency, sum(amount) AS total FROM ledger_entries GROUP BY currency")
                    .map((row, ctx) -> entries.put(row.getString("currency"), row.getBigDecimal("total")))
                    .list();
            Map<String, BigDecimal> balances = new HashMap<>();
            handle.createQuery("""
                            SELECT currency, sum(balance) AS total FROM (
                                SELECT account_kind, account_key, currency, sum(amount) AS balance
                                FROM ledger_entries GROUP BY account_kind, account_key, currency) accounts
                            GROUP BY currency""")
                    .map((row, ctx) -> balances.put(row.getString("currency"), row.getBigDecimal("total")))
                    .list();
            long unbalanced = handle.createQuery("""
                            SELECT count(*) FROM ledger_movements m
                            WHERE (SELECT coalesce(sum(e.amount), 0) FROM ledger_entries e WHERE e.movement_id = m.id) <> 0
                               OR (SELECT count(*) FROM ledger_entries e WHERE e.movement_id = m.id) <> 2""")
                    .mapTo(Long.class).one();
            long movements = handle.createQuery("SELECT count(*) FROM ledger_movements").mapTo(Long.class).one();
            return new Reconciliation(entries, balances, unbalanced, movements);
        });
    }
}
