package io.gridcharge.domain.billing;

import io.gridcharge.domain.wallet.Movement;
import io.gridcharge.domain.wallet.MovementKind;
import io.gridcharge.domain.wallet.Wallet;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A month's statement of an account (issue 7), for a fleet's post-paid account above all: the balance before
 * the month, the month's orders with their totals per component, the net, tax and gross of them, the payments
 * received, the other movements, and the closing balance, which is the opening plus every movement of the month;
 * what is owed at its end is the balance due.
 */
public record AccountStatement(Wallet wallet, YearMonth month, Instant from, Instant to, Money opening,
                               List<Order> orders, List<Movement> movements, Money closing) {
    public AccountStatement {
        orders = List.copyOf(orders);
        movements = List.copyOf(movements);
    }

    /** The month's priced orders summed per component: the net prices. */
    public Map<PriceComponent, Money> totalsPerComponent() {
        Map<PriceComponent, Money> totals = new EnumMap<>(PriceComponent.class);
        for (PriceComponent component : PriceComponent.values()) {
            totals.put(component, Money.zero(wallet.currency()));
        }
        priced().forEach(o -> o.breakdown().forEach((component, amount) -> totals.merge(component, amount, Money::plus)));
        return totals;
    }

    public Money net() {
        return priced().map(Order::total).reduce(Money.zero(wallet.currency()), Money::plus);
    }

    public Money tax() {
        return priced().map(o -> o.tax().amount()).reduce(Money.zero(wallet.currency()), Money::plus);
    }

    public Money gross() {
        return net().plus(tax());
    }

    /** Money received in the month: payments against statements and top-ups. */
    public List<Movement> payments() {
        return movements.stream().filter(m -> m.kind() == MovementKind.TOP_UP).toList();
    }

    public Money paymentsTotal() {
        return payments().stream().map(Movement::amount).reduce(Money.zero(wallet.currency()), Money::plus);
    }

    /** What the account owes at the month's end (zero when it is in credit). */
    public Money balanceDue() {
        return closing.isNegative() ? closing.negate() : Money.zero(wallet.currency());
    }

    private java.util.stream.Stream<Order> priced() {
        return orders.stream().filter(o -> o.total() != null && wallet.currency().equals(o.currency()));
    }
}
