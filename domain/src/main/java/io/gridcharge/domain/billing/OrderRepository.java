package io.gridcharge.domain.billing;

import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.wallet.Movement;
import java.util.List;
import java.util.Optional;

/** Where orders are kept; one per transaction. */
public interface OrderRepository {
    /**
     * In one database transaction: records the order unless its transaction has one already, and posts
     * {@code charge} (when given) naming it. Returns the order recorded now, or empty when there was one: a
     * transaction is settled once however often this is called, across restarts too.
     */
    Optional<Order> recordOnce(Order order, Movement charge);

    Optional<Order> find(long id);

    Optional<Order> findByTransaction(long transactionId);

    List<Order> list(OrderQuery query, PageRequest page);

    long count(OrderQuery query);

    /**
     * The sum of the priced orders' totals the query selects, one amount per currency (ordered by currency code);
     * unpriced orders have no total and add nothing.
     */
    List<Money> revenue(OrderQuery query);

    /** Completed transactions that have no order yet (the platform stopped between the stop and its order). */
    List<Long> unsettledTransactions(int limit);
}
