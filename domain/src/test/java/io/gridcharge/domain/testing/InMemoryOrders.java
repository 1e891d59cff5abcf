package io.gridcharge.domain.testing;

import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.billing.Order;
import io.gridcharge.domain.billing.OrderQuery;
import io.gridcharge.domain.billing.OrderRepository;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.wallet.Movement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Orders in memory; settling posts to the in-memory ledger under the same lock as the order. */
public final class InMemoryOrders implements OrderRepository {
    private final InMemoryLedger ledger;
    private final InMemoryTransactions transactions;
    private final List<Order> orders = new ArrayList<>();

    public InMemoryOrders(InMemoryLedger ledger, InMemoryTransactions transactions) {
        this.ledger = ledger;
        this.transactions = transactions;
    }

    @Override
    public Optional<Order> recordOnce(Order order, Movement charge) {
        synchronized (ledger) {
            if (findByTransaction(order.transactionId()).isPresent()) {
                return Optional.empty();
            }
            long id = orders.size() + 1;
            Long movement = charge == null ? null : ledger.post(new Movement(0, charge.kind(), charge.wallet(),
                    charge.amount(), charge.entries(), charge.reason(), charge.author(), charge.reference(), id,
                    charge.at())).id();
            Order recorded = order.withId(id, movement);
            orders.add(recorded);
            return Optional.of(recorded);
        }
    }

    @Override
    public synchronized Optional<Order> find(long id) {
        return orders.stream().filter(o -> o.id() == id).findFirst();
    }

    @Override
    public synchronized Optional<Order> findByTransaction(long transactionId) {
        return orders.stream().filter(o -> o.transactionId() == transactionId).findFirst();
    }

    @Override
    public synchronized List<Order> list(OrderQuery query, PageRequest page) {
        return Fakes.page(orders.stream().filter(matching(query)).toList(), page).items();
    }

    @Override
    public synchronized long count(OrderQuery query) {
        return orders.stream().filter(matching(query)).count();
    }

    @Override
    public synchronized List<Money> revenue(OrderQuery query) {
        Map<String, Money> byCurrency = new TreeMap<>();
        orders.stream().filter(matching(query)).filter(o -> o.total() != null)
                .forEach(o -> byCurrency.merge(o.currency().getCurrencyCode(), o.total(), Money::plus));
        return List.copyOf(byCurrency.values());
    }

    @Override
    public synchronized List<Long> unsettledTransactions(int limit) {
        List<Long> pending = new ArrayList<>();
        for (long id = 1; id <= transactions.count() && pending.size() < limit; id++) {
            long transactionId = id;
            transactions.find(id).filter(t -> !t.isActive())
                    .filter(t -> findByTransaction(transactionId).isEmpty())
                    .ifPresent(t -> pending.add(transactionId));
        }
        return pending;
    }

    private static Predicate<Order> matching(OrderQuery q) {
        return o -> (q.operator() == null || q.operator().equals(o.operatorId()))
                && (q.site() == null || q.site().equals(o.siteId()))
                && (q.station() == null || q.station().equals(o.stationId()))
                && (q.wallet() == null || q.wallet().equals(o.walletId()))
                && (q.from() == null || !o.stoppedAt().isBefore(q.from()))
                && (q.to() == null || o.stoppedAt().isBefore(q.to()));
    }
}
