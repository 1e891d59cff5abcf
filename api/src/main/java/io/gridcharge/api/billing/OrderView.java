package io.gridcharge.api.billing;

import io.gridcharge.domain.billing.Order;
import io.gridcharge.domain.billing.OrderStatus;
import io.gridcharge.domain.billing.PriceComponent;
import io.gridcharge.api.http.WireNames;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An order on the wire: its breakdown by component adds up to its total, the net price; {@code tax} at
 * {@code taxRatePercent} on top of it makes {@code gross}, what is paid.
 */
public record OrderView(long id, long transactionId, String operatorId, String siteId, String stationId,
                        String idToken, Long walletId, String status, long energyWh, Map<String, MoneyView> breakdown,
                        MoneyView total, Instant startedAt, Instant stoppedAt, Instant createdAt, Long movementId,
                        String note, String taxRatePercent, MoneyView tax, MoneyView gross) {
    public static final WireNames<OrderStatus> STATUS = WireNames.of(OrderStatus.class, Map.of(
            OrderStatus.SETTLED, "Settled", OrderStatus.OPEN, "Open", OrderStatus.UNPRICED, "Unpriced"));

    static OrderView of(Order o) {
        Map<String, MoneyView> breakdown = new LinkedHashMap<>();
        for (PriceComponent component : PriceComponent.values()) {
            if (o.breakdown().containsKey(component)) {
                breakdown.put(TariffRoutes.COMPONENT.name(component), MoneyView.of(o.breakdown().get(component)));
            }
        }
        return new OrderView(o.id(), o.transactionId(), text(o.operatorId()), text(o.siteId()), o.stationId().value(),
                text(o.idToken()), o.walletId() == null ? null : o.walletId().value(), STATUS.name(o.status()),
                o.energyWh(), breakdown, MoneyView.of(o.total()), o.startedAt(), o.stoppedAt(), o.createdAt(),
                o.movementId(), o.note(), o.tax() == null ? null : o.tax().ratePercent().toPlainString(),
                o.tax() == null ? null : MoneyView.of(o.tax().amount()), MoneyView.of(o.gross()));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
