package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.instant;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.wallet.Account;
import io.gridcharge.domain.wallet.Entry;
import io.gridcharge.domain.wallet.Movement;
import io.gridcharge.domain.wallet.MovementKind;
import io.gridcharge.domain.wallet.Wallet;
import io.gridcharge.domain.wallet.WalletId;
import io.gridcharge.domain.wallet.WalletStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Reading and writing wallets and ledger movements on a caller's handle, inside the caller's transaction. */
final class LedgerRows {
    static final String WALLET_COLUMNS = "id, operator_id, site_id, holder, currency, status, opened_at, "
            + "credit_limit";
    private static final String MOVEMENT_COLUMNS = "id, kind, wallet_id, amount, currency, reason, author, reference, "
            + "order_id, at";

    private LedgerRows() {
    }

    /** The wallet, locked (SELECT .. FOR UPDATE) until the caller's transaction ends. */
    static Wallet lockWallet(Handle handle, WalletId id) {
        return handle.createQuery("SELECT " + WALLET_COLUMNS + " FROM wallets WHERE id = :id FOR UPDATE")
                .bind("id", id.value())
                .map((row, ctx) -> walletWithoutTokens(row))
                .findOne()
                .map(wallet -> withTokens(handle, wallet))
                .orElseThrow(() -> new NotFound("wallet", id));
    }

    static Money balance(Handle handle, Wallet wallet) {
        return Money.of(handle.createQuery("""
                        SELECT coalesce(sum(amount), 0) FROM ledger_entries
                        WHERE account_kind = 'WALLET' AND account_key = :key AND currency = :currency""")
                .bind("key", wallet.id().toString())
                .bind("currency", wallet.currency().getCurrencyCode())
                .mapTo(java.math.BigDecimal.class)
                .one(), wallet.currency());
    }

    /** Writes the movement and its two entries; the database checks at commit that they balance. */
    static Movement post(Handle handle, Movement movement) {
        long id = handle.createUpdate("""
                        INSERT INTO ledger_movements (kind, wallet_id, amount, currency, reason, author, reference,
                            order_id, at)
                        VALUES (:kind, :wallet, :amount, :currency, :reason, :author, :reference, :order, :at)""")
                .bind("kind", movement.kind().name())
                .bind("wallet", movement.wallet().value())
                .bind("amount", movement.amount().amount())
                .bind("currency", movement.amount().currency().getCurrencyCode())
                .bind("reason", movement.reason())
                .bind("author", movement.author())
                .bind("reference", movement.reference())
                .bind("order", movement.orderId())
                .bind("at", movement.at())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        var batch = handle.prepareBatch("""
                INSERT INTO ledger_entries (movement_id, account_kind, account_key, amount, currency)
                VALUES (:movement, :kind, :key, :amount, :currency)""");
        for (Entry entry : movement.entries()) {
            batch.bind("movement", id).bind("kind", entry.account().kind().name()).bind("key", entry.account().key())
                    .bind("amount", entry.amount().amount())
                    .bind("currency", entry.amount().currency().getCurrencyCode()).add();
        }
        batch.execute();
        return movement.withId(id);
    }

    static List<Movement> movements(Handle handle, String where, Map<String, Object> bindings) {
        var query = handle.createQuery("SELECT " + MOVEMENT_COLUMNS + " FROM ledger_movements " + where);
        bindings.forEach(query::bind);
        List<Movement> heads = new ArrayList<>();
        List<Object[]> raw = query.map((row, ctx) -> new Object[]{row.getLong("id"), row.getString("kind"),
                row.getLong("wallet_id"), row.getBigDecimal("amount"), row.getString("currency"),
                row.getString("reason"), row.getString("author"), row.getString("reference"),
                Columns.nullableLong(row, "order_id"), instant(row, "at")}).list();
        if (raw.isEmpty()) {
            return heads;
        }
        Map<Long, List<Entry>> entries = new HashMap<>();
        handle.createQuery("""
                        SELECT movement_id, account_kind, account_key, amount, currency FROM ledger_entries
                        WHERE movement_id = ANY(:ids) ORDER BY id""")
                .bind("ids", raw.stream().map(r -> (Long) r[0]).toArray(Long[]::new))
                .map((row, ctx) -> entries.computeIfAbsent(row.getLong("movement_id"), k -> new ArrayList<>())
                        .add(new Entry(new Account(Account.Kind.valueOf(row.getString("account_kind")),
                                row.getString("account_key")),
                                Money.of(row.getBigDecimal("amount"), Currency.getInstance(row.getString("currency"))))))
                .list();
        for (Object[] r : raw) {
            Currency currency = Currency.getInstance((String) r[4]);
            heads.add(new Movement((Long) r[0], MovementKind.valueOf((String) r[1]), WalletId.of((Long) r[2]),
                    Money.of((java.math.BigDecimal) r[3], currency), entries.get((Long) r[0]), (String) r[5],
                    (String) r[6], (String) r[7], (Long) r[8], (java.time.Instant) r[9]));
        }
        return heads;
    }

    static Wallet walletWithoutTokens(ResultSet row) throws SQLException {
        String site = row.getString("site_id");
        return new Wallet(WalletId.of(row.getLong("id")), OperatorId.of(row.getString("operator_id")),
                site == null ? null : SiteId.of(site), row.getString("holder"),
                Currency.getInstance(row.getString("currency")), WalletStatus.valueOf(row.getString("status")),
                List.of(), instant(row, "opened_at"), row.getBigDecimal("credit_limit"));
    }

    static Wallet withTokens(Handle handle, Wallet wallet) {
        List<IdToken> tokens = handle.createQuery(
                        "SELECT id_token FROM wallet_tokens WHERE wallet_id = :id ORDER BY id_token")
                .bind("id", wallet.id().value())
                .mapTo(String.class)
                .map(IdToken::of)
                .list();
        return new Wallet(wallet.id(), wallet.operatorId(), wallet.siteId(), wallet.holder(), wallet.currency(),
                wallet.status(), tokens, wallet.openedAt(), wallet.creditLimit());
    }
}
