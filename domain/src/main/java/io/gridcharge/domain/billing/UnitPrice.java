package io.gridcharge.domain.billing;

import io.gridcharge.domain.shared.InvalidInput;
import java.math.BigDecimal;

/**
 * The rules every unit price of a tariff follows (per kWh, per minute, per session): not negative, at most six
 * decimals, and below a bound no real tariff reaches, so a typo (a price in cents given as euros times 100)
 * is refused rather than billed.
 */
final class UnitPrice {
    static final BigDecimal ABSURD = new BigDecimal("1000");
    private static final int MAX_DECIMALS = 6;

    private UnitPrice() {
    }

    static BigDecimal check(BigDecimal price, String field) {
        if (price == null) {
            throw new InvalidInput(field, "is required");
        }
        return checkOptional(price, field);
    }

    static BigDecimal checkOptional(BigDecimal price, String field) {
        if (price == null) {
            return null;
        }
        if (price.signum() < 0) {
            throw new InvalidInput(field, "must not be negative");
        }
        if (price.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new InvalidInput(field, "must have at most " + MAX_DECIMALS + " decimals");
        }
        if (price.compareTo(ABSURD) >= 0) {
            throw new InvalidInput(field, "must be less than " + ABSURD.toPlainString());
        }
        return price;
    }
}
