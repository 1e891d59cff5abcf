package io.gridcharge.domain.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * VAT or sales tax on an order (issue 7): the net price is the priced breakdown's total, the tax is the net at
 * the site's rate rounded once, half-up, to the minor unit, and the gross is their sum, so net + tax = gross to
 * the cent on the order, the invoice and the statement alike.
 */
public record Tax(BigDecimal ratePercent, Money amount) {
    public Tax {
        if (ratePercent == null || ratePercent.signum() < 0) {
            throw new IllegalArgumentException("a tax rate is zero or more");
        }
        if (!amount.isWholeMinorUnits()) {
            throw new IllegalArgumentException("a tax amount is rounded to the minor unit");
        }
    }

    public static Tax on(Money net, BigDecimal ratePercent) {
        return new Tax(ratePercent, net.times(ratePercent.movePointLeft(2)).rounded(RoundingMode.HALF_UP));
    }

    public static Tax none(java.util.Currency currency) {
        return new Tax(BigDecimal.ZERO, Money.zero(currency));
    }
}
