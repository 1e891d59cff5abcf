package io.gridcharge.domain.testing;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.wallet.Account;
import io.gridcharge.domain.wallet.Booking;
import io.gridcharge.domain.wallet.Entry;
import io.gridcharge.domain.wallet.IdempotencyKey;
import io.gridcharge.domain.wallet.LedgerRepository;
import io.gridcharge.domain.wallet.LockedWallet;
import io.gridcharge.domain.wallet.Movement;
import io.gridcharge.domain.wallet.Reconciliation;
import io.gridcharge.domain.wallet.Wallet;
import io.gridcharge.domain.wallet.WalletId;
import io.gridcharge.domain.wallet.WalletStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The ledger in memory; one lock stands for the database's row lock and transaction. */
public final class InMemoryLedger implements LedgerRepository {
    private record Keyed(Movement movement, String fingerprint) {
    }

    private final Map<WalletId, Wallet> wallets = new LinkedHashMap<>();
    private final List<Movement> movements = new ArrayList<>();
    private final Map<String, Keyed> keys = new HashMap<>();
    private long nextWallet = 1;
    private long nextMovement = 1;

    @Override
    public synchronized Wallet open(Wallet wallet) {
        for (IdToken token : wallet.idTokens()) {
            if (findByToken(token).isPresent()) {
                throw new Conflict("id token " + token + " pays from another wallet already");
            }
        }
        Wallet opened = new Wallet(WalletId.of(nextWallet++), wallet.operatorId(), wallet.siteId(), wallet.holder(), wallet.currency(),
                wallet.status(), wallet.idTokens(), wallet.openedAt(), wallet.creditLimit());
        wallets.put(opened.id(), opened);
        return opened;
    }

    @Override
    public synchronized Optional<Wallet> find(WalletId id) {
        return Optional.ofNullable(wallets.get(id));
    }

    /** Makes the wallet pay for the tokens too, or for none of them when one pays from another wallet already. */
    public synchronized void link(WalletId id, List<IdToken> tokens) {
        for (IdToken token : tokens) {
            if (findByToken(token).filter(w -> !w.id().equals(id)).isPresent()) {
                throw new Conflict("id token " + token + " pays from another wallet already");
            }
        }
        Wallet w = wallets.get(id);
        List<IdToken> all = new ArrayList<>(w.idTokens());
        tokens.stream().filter(t -> !all.contains(t)).forEach(all::add);
        wallets.put(id, new Wallet(id, w.operatorId(), w.siteId(), w.holder(), w.currency(), w.status(), all,
                w.openedAt(), w.creditLimit()));
    }

    public synchronized void unlink(WalletId id, List<IdToken> tokens) {
        Wallet w = wallets.get(id);
        wallets.put(id, new Wallet(id, w.operatorId(), w.siteId(), w.holder(), w.currency(), w.status(),
                w.idTokens().stream().filter(t -> !tokens.contains(t)).toList(), w.openedAt(), w.creditLimit()));
    }

    @Override
    public synchronized Optional<Wallet> findByToken(IdToken idToken) {
        return wallets.values().stream().filter(w -> w.idTokens().contains(idToken)).findFirst();
    }

    @Override
    public synchronized Page<Wallet> list(OperatorId operator, SiteId site, PageRequest page) {
        return Fakes.page(wallets.values().stream()
                .filter(w -> operator == null || w.operatorId().equals(operator))
                .filter(w -> site == null || site.equals(w.siteId())).toList(), page);
    }

    @Override
    public synchronized Money balance(WalletId id) {
        Wallet wallet = wallets.get(id);
        Account account = Account.wallet(id);
        return movements.stream().flatMap(m -> m.entries().stream()).filter(e -> e.account().equals(account))
                .map(Entry::amount).reduce(Money.zero(wallet.currency()), Money::plus);
    }

    @Override
    public synchronized Booking book(WalletId id, IdempotencyKey key, String fingerprint,
                                     Function<LockedWallet, Movement> decide) {
        Wallet wallet = Optional.ofNullable(wallets.get(id)).orElseThrow(() -> new NotFound("wallet", id));
        String scoped = key == null ? null : id + "/" + key.value();
        if (scoped != null && keys.containsKey(scoped)) {
            Keyed earlier = keys.get(scoped);
            return new Booking(earlier.movement(), earlier.fingerprint(), true);
        }
        Movement posted = post(decide.apply(new LockedWallet(wallet, balance(id))));
        if (scoped != null) {
            keys.put(scoped, new Keyed(posted, fingerprint));
        }
        return new Booking(posted, fingerprint, false);
    }

    /** Posts a movement as it is (the settlement of an order does this inside its own booking). */
    public synchronized Movement post(Movement movement) {
        Movement posted = movement.withId(nextMovement++);
        movements.add(posted);
        return posted;
    }

    @Override
    public synchronized Wallet changeStatus(WalletId id, Function<LockedWallet, WalletStatus> decide) {
        Wallet wallet = Optional.ofNullable(wallets.get(id)).orElseThrow(() -> new NotFound("wallet", id));
        Wallet changed = wallet.withStatus(decide.apply(new LockedWallet(wallet, balance(id))));
        wallets.put(id, changed);
        return changed;
    }

    @Override
    public synchronized Page<Movement> movements(WalletId id, PageRequest page) {
        return Fakes.page(movements.stream().filter(m -> m.wallet().equals(id))
                .sorted(Comparator.comparingLong(Movement::id).reversed()).toList(), page);
    }

    @Override
    public synchronized Money balanceBefore(WalletId id, java.time.Instant at) {
        return movements.stream().filter(m -> m.wallet().equals(id) && m.at().isBefore(at))
                .map(Movement::walletChange).reduce(Money.zero(wallets.get(id).currency()), Money::plus);
    }

    @Override
    public synchronized List<Movement> movementsBetween(WalletId id, java.time.Instant from, java.time.Instant to) {
        return movements.stream().filter(m -> m.wallet().equals(id) && !m.at().isBefore(from) && m.at().isBefore(to))
                .toList();
    }

    @Override
    public synchronized Reconciliation reconcile() {
        Map<String, BigDecimal> entries = new HashMap<>();
        // An account may hold several currencies (the funds accounts do): a balance is per account and currency.
        Map<String, Money> balances = new HashMap<>();
        long unbalanced = 0;
        for (Movement movement : movements) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Entry entry : movement.entries()) {
                sum = sum.add(entry.amount().amount());
                entries.merge(entry.amount().currency().getCurrencyCode(), entry.amount().amount(), BigDecimal::add);
                balances.merge(entry.account() + "/" + entry.amount().currency(), entry.amount(), Money::plus);
            }
            unbalanced += sum.signum() == 0 ? 0 : 1;
        }
        Map<String, BigDecimal> balanceTotals = new HashMap<>();
        balances.values().forEach(b -> balanceTotals.merge(b.currency().getCurrencyCode(), b.amount(), BigDecimal::add));
        return new Reconciliation(entries, balanceTotals, unbalanced, movements.size());
    }
}
