package io.gridcharge.domain.billing;

import io.gridcharge.domain.charging.ChargingEvents;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.charging.TransactionRepository;
import io.gridcharge.domain.event.DomainEvent;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.tenant.Site;
import io.gridcharge.domain.tenant.TenantRepository;
import io.gridcharge.domain.wallet.Account;
import io.gridcharge.domain.wallet.LedgerRepository;
import io.gridcharge.domain.wallet.Movement;
import io.gridcharge.domain.wallet.MovementKind;
import io.gridcharge.domain.wallet.Wallet;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every finished transaction becomes an order priced with its site's tariff and, when a wallet pays for the
 * token, is settled from it (issue 7). Listens to charging's TransactionStopped, so charging knows nothing of
 * billing. Exactly once: the order and its ledger movement are written in one database transaction that a
 * second attempt finds done; {@link #catchUp()} at start settles transactions stopped while the platform was
 * going down between the stop's commit and its order.
 */
public final class SettleTransaction implements Consumer<DomainEvent> {
    public static final String AUTHOR = "platform";
    private static final Logger LOG = Logger.getLogger(SettleTransaction.class.getName());
    private static final int CATCH_UP_BATCH = 200;

    private final TransactionRepository transactions;
    private final TenantRepository tenants;
    private final TariffRepository tariffs;
    private final LedgerRepository ledger;
    private final OrderRepository orders;
    private final Clock clock;

    public SettleTransaction(TransactionRepository transactions, TenantRepository tenants, TariffRepository tariffs,
                             LedgerRepository ledger, OrderRepository orders, Clock clock) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.tariffs = tariffs;
        this.ledger = ledger;
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public void accept(DomainEvent event) {
        if (event instanceof ChargingEvents.TransactionStopped stopped) {
            settle(stopped.transaction());
        }
    }

    /**
     * Settles every completed transaction without an order; returns how many it settled. One that fails is
     * logged and left for the next catch-up, so a single bad transaction never stops the others (nor the start).
     */
    public int catchUp() {
        int settled = 0;
        Set<Long> failed = new HashSet<>();
        while (true) {
            List<Long> pending = orders.unsettledTransactions(CATCH_UP_BATCH + failed.size()).stream()
                    .filter(id -> !failed.contains(id)).toList();
            if (pending.isEmpty()) {
                return settled;
            }
            for (long id : pending) {
                try {
                    transactions.find(id).ifPresent(this::settle);
                    settled++;
                } catch (RuntimeException e) {
                    failed.add(id);
                    LOG.log(Level.WARNING, "transaction " + id + " could not be settled; retried later", e);
                }
            }
        }
    }

    /** The transaction's order, made now or found from before. */
    public Order settle(Transaction transaction) {
        Optional<Order> existing = orders.findByTransaction(transaction.id());
        if (existing.isPresent() || transaction.isActive()) {
            return existing.orElse(null);
        }
        Order order = priced(transaction);
        Movement charge = order.walletId() == null || !order.total().isPositive() ? null
                : Movement.transfer(MovementKind.CHARGE, order.walletId(), Account.wallet(order.walletId()),
                Account.revenue(order.siteId()), order.gross(), "charge of transaction " + transaction.id(), AUTHOR,
                null, null, clock.instant());
        return orders.recordOnce(order, charge)
                .orElseGet(() -> orders.findByTransaction(transaction.id()).orElseThrow());
    }

    private Order priced(Transaction transaction) {
        Optional<Site> site = tenants.siteOf(transaction.stationId()).flatMap(tenants::findSite);
        long energy = transaction.energyWh().orElse(0);
        if (site.isEmpty()) {
            return unpriced(transaction, null, energy, "station " + transaction.stationId() + " is on no site");
        }
        Tariff tariff = tariffs.tariffOf(site.get().id());
        if (tariff.versionAt(transaction.startedAt()).isEmpty()) {
            return unpriced(transaction, site.get(), energy, "site " + site.get().id() + " had no tariff in force at "
                    + transaction.startedAt());
        }
        PricedCharge priced;
        try {
            priced = ChargePricing.price(tariff, site.get().timeZone(),
                    ChargeRecord.of(transaction, transactions.samplesOf(transaction.id())));
        } catch (InvalidInput e) {
            LOG.warning("transaction " + transaction.id() + " cannot be priced: " + e.getMessage());
            return unpriced(transaction, site.get(), energy, "cannot be priced: " + e.getMessage());
        }
        Optional<Wallet> wallet = Optional.ofNullable(transaction.idToken()).flatMap(ledger::findByToken)
                .filter(w -> w.currency().equals(priced.currency()));
        OrderStatus status = wallet.isPresent() ? OrderStatus.SETTLED : OrderStatus.OPEN;
        String note = wallet.isPresent() ? null : "no wallet in " + priced.currency() + " pays for id token "
                + transaction.idToken();
        return new Order(0, transaction.id(), site.get().operatorId(), site.get().id(), transaction.stationId(),
                transaction.idToken(), wallet.map(Wallet::id).orElse(null), status, priced.currency(),
                priced.energyWh(), priced.components(), priced.total(), transaction.startedAt(),
                transaction.stoppedAt(), clock.instant(), null, note,
                Tax.on(priced.total(), site.get().taxRatePercent()));
    }

    private Order unpriced(Transaction transaction, Site site, long energy, String why) {
        return new Order(0, transaction.id(), site == null ? null : site.operatorId(), site == null ? null : site.id(),
                transaction.stationId(), transaction.idToken(), null, OrderStatus.UNPRICED,
                site == null ? null : site.currency(), energy, Map.of(), null, transaction.startedAt(),
                transaction.stoppedAt(), clock.instant(), null, why);
    }
}
