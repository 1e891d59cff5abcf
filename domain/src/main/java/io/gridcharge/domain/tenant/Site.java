package io.gridcharge.domain.tenant;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;

/**
 * A place with stations (a car park, a residential community) of one operator. Its time zone is where
 * time-of-use prices are read; its currency that of its tariff; {@code minimumBalance} the balance a wallet
 * needs to start charging here (issue 7); {@code expectedLossPercent} the share of the master meter's energy
 * that may be lost in cables and chargers before the difference is flagged; {@code supplierPricePerKwh} what
 * the site pays its energy supplier per kWh (for the benefit report), absent when unknown;
 * {@code taxRatePercent} the VAT or sales tax added to the net price of each order here (0 where none).
 */
public record Site(SiteId id, OperatorId operatorId, String name, ZoneId timeZone, Currency currency,
                   BigDecimal minimumBalance, BigDecimal expectedLossPercent, BigDecimal supplierPricePerKwh,
                   Instant createdAt, BigDecimal taxRatePercent) {
    /** The largest tax rate taken for a rate and not a typo (the highest VAT rates in force are below 30 %). */
    public static final BigDecimal HIGHEST_TAX_RATE_PERCENT = new BigDecimal("100");

    public Site {
        Require.present(id, "id");
        Require.present(operatorId, "operatorId");
        Require.text(name, 100, "name");
        Require.present(timeZone, "timeZone");
        Require.present(currency, "currency");
        minimumBalance = minimumBalance == null ? BigDecimal.ZERO : minimumBalance;
        if (minimumBalance.abs().compareTo(new BigDecimal("10000")) > 0
                || minimumBalance.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            throw new InvalidInput("minimumBalance", "must be within ±10000 in whole minor units");
        }
        expectedLossPercent = expectedLossPercent == null ? new BigDecimal("3") : expectedLossPercent;
        if (expectedLossPercent.signum() < 0 || expectedLossPercent.compareTo(new BigDecimal("50")) > 0) {
            throw new InvalidInput("expectedLossPercent", "must be from 0 to 50");
        }
        if (supplierPricePerKwh != null && (supplierPricePerKwh.signum() < 0
                || supplierPricePerKwh.compareTo(new BigDecimal("1000")) >= 0
                || supplierPricePerKwh.stripTrailingZeros().scale() > 6)) {
            throw new InvalidInput("supplierPricePerKwh", "must be from 0 to below 1000 with at most 6 decimals");
        }
        Require.present(createdAt, "createdAt");
        taxRatePercent = taxRatePercent == null ? BigDecimal.ZERO : taxRatePercent;
        if (taxRatePercent.signum() < 0 || taxRatePercent.compareTo(HIGHEST_TAX_RATE_PERCENT) > 0
                || taxRatePercent.stripTrailingZeros().scale() > 3) {
            throw new InvalidInput("taxRatePercent", "must be from 0 to 100 with at most 3 decimals");
        }
    }

    /** A site without tax. */
    public Site(SiteId id, OperatorId operatorId, String name, ZoneId timeZone, Currency currency,
                BigDecimal minimumBalance, BigDecimal expectedLossPercent, BigDecimal supplierPricePerKwh,
                Instant createdAt) {
        this(id, operatorId, name, timeZone, currency, minimumBalance, expectedLossPercent, supplierPricePerKwh,
                createdAt, BigDecimal.ZERO);
    }

    /** An IANA zone id such as Europe/Berlin; offsets alone are refused (they know no daylight saving). */
    public static ZoneId zoneOf(String text) {
        Require.present(text, "timeZone");
        try {
            ZoneId zone = ZoneId.of(text);
            if (!text.contains("/")) {
                throw new InvalidInput("timeZone", "must be a region such as Europe/Berlin, not an offset");
            }
            return zone;
        } catch (java.time.DateTimeException e) {
            throw new InvalidInput("timeZone", "must be an IANA time zone such as Europe/Berlin");
        }
    }
}
