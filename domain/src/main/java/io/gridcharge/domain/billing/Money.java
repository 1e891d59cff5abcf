package io.gridcharge.domain.billing;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount of one currency. Arithmetic keeps every digit; rounding to the currency's minor unit happens only
 * where the caller says so, with the rounding mode it names ({@link #rounded(RoundingMode)}). Never a double.
 * Amounts of different currencies never meet: adding or comparing them is refused.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
    public Money {
        Require.present(amount, "amount");
        Require.present(currency, "currency");
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currencyOf(currency));
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits()), currency);
    }

    /** An ISO 4217 code; anything else names the field and the rule. */
    public static Currency currencyOf(String code) {
        Require.present(code, "currency");
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("currency", "must be an ISO 4217 currency code such as EUR");
        }
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** Exact product; round it when it becomes a price someone pays. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    /** To the currency's minor unit (cents for EUR), with the rounding the caller chooses. */
    public Money rounded(RoundingMode mode) {
        return new Money(amount.setScale(currency.getDefaultFractionDigits(), mode), currency);
    }

    /** Whether the amount has no digits below the currency's minor unit (a bookable amount). */
    public boolean isWholeMinorUnits() {
        return amount.stripTrailingZeros().scale() <= currency.getDefaultFractionDigits();
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    /** Equal value and currency whatever the scale: 1.5 EUR and 1.50 EUR are the same money. */
    public boolean sameAs(Money other) {
        return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    /** The amount in the currency's minor unit scale as text (12.50), for the wire and documents. */
    public String plain() {
        return amount.setScale(Math.max(amount.scale(), currency.getDefaultFractionDigits()), RoundingMode.UNNECESSARY)
                .toPlainString();
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new InvalidInput("currency", "must be " + currency.getCurrencyCode() + ", not "
                    + other.currency.getCurrencyCode());
        }
        return other;
    }

    @Override
    public String toString() {
        return plain() + " " + currency.getCurrencyCode();
    }
}
