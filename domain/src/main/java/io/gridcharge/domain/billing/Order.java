package io.gridcharge.domain.billing;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.wallet.WalletId;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;

/**
 * A finished transaction as a priced order (issue 7): where and by whom, how much energy, the breakdown and its
 * total, and how it was paid. One per transaction. {@code movementId} is the ledger movement that settled it.
 * The breakdown's total is the net price; {@code tax} is the VAT or sales tax on it at the site's rate, and the
 * gross (what the driver or fleet pays) is their sum. An unpriced order has neither.
 */
public record Order(long id, long transactionId, OperatorId operatorId, SiteId siteId, StationId stationId,
                    IdToken idToken, WalletId walletId, OrderStatus status, Currency currency, long energyWh,
                    Map<PriceComponent, Money> breakdown, Money total, Instant startedAt, Instant stoppedAt,
                    Instant createdAt, Long movementId, String note, Tax tax) {
    public Order {
        Require.present(stationId, "stationId");
        Require.present(status, "status");
        breakdown = breakdown == null ? Map.of() : Map.copyOf(breakdown.isEmpty() ? breakdown : new EnumMap<>(breakdown));
        Require.present(startedAt, "startedAt");
        Require.present(stoppedAt, "stoppedAt");
        Require.present(createdAt, "createdAt");
        if (total != null && tax == null) {
            tax = Tax.none(currency);
        }
        if (tax != null && (total == null || !tax.amount().currency().equals(total.currency()))) {
            throw new IllegalArgumentException("tax goes with a total in its currency");
        }
    }

    /** An order without tax. */
    public Order(long id, long transactionId, OperatorId operatorId, SiteId siteId, StationId stationId,
                 IdToken idToken, WalletId walletId, OrderStatus status, Currency currency, long energyWh,
                 Map<PriceComponent, Money> breakdown, Money total, Instant startedAt, Instant stoppedAt,
                 Instant createdAt, Long movementId, String note) {
        this(id, transactionId, operatorId, siteId, stationId, idToken, walletId, status, currency, energyWh,
                breakdown, total, startedAt, stoppedAt, createdAt, movementId, note, null);
    }

    /** Net plus tax: what is paid; null for an unpriced order. */
    public Money gross() {
        return total == null ? null : total.plus(tax.amount());
    }

    public Order withId(long assigned, Long movement) {
        return new Order(assigned, transactionId, operatorId, siteId, stationId, idToken, walletId, status, currency,
                energyWh, breakdown, total, startedAt, stoppedAt, createdAt, movement, note, tax);
    }
}
