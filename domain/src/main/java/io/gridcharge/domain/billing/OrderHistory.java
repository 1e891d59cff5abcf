package io.gridcharge.domain.billing;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading orders: one, a page of them, or all of a period for an export (bounded). */
public final class OrderHistory {
    /** An export larger than this is refused: ask for a shorter period. */
    public static final int LARGEST_EXPORT = 50_000;

    private final OrderRepository orders;

    public OrderHistory(OrderRepository orders) {
        this.orders = orders;
    }

    public Order get(long id) {
        return orders.find(id).orElseThrow(() -> new NotFound("order", id));
    }

    /** The order of a transaction, if it has one yet. */
    public Optional<Order> ofTransaction(long transactionId) {
        return orders.findByTransaction(transactionId);
    }

    /** What the period's orders (dated by their transaction's stop) earned, per currency; summed where they are kept. */
    public List<Money> revenue(OrderQuery query) {
        return orders.revenue(query);
    }

    public Page<Order> list(OrderQuery query, PageRequest page) {
        return new Page<>(orders.list(query, page), page.page(), page.size(), orders.count(query));
    }

    public List<Order> export(OrderQuery query) {
        long count = orders.count(query);
        if (count > LARGEST_EXPORT) {
            throw new InvalidInput("from", "the period holds " + count + " orders; an export holds at most "
                    + LARGEST_EXPORT);
        }
        List<Order> all = new ArrayList<>();
        for (int page = 0; all.size() < count; page++) {
            List<Order> items = orders.list(query, new PageRequest(page, PageRequest.MAX_SIZE));
            if (items.isEmpty()) {
                break;
            }
            all.addAll(items);
        }
        return all;
    }
}
