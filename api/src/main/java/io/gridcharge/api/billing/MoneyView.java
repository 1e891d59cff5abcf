package io.gridcharge.api.billing;

import io.gridcharge.domain.billing.Money;

/** Money on the wire: a decimal string and its ISO 4217 currency (DESIGN §6), never a JSON number. */
public record MoneyView(String amount, String currency) {
    public static MoneyView of(Money money) {
        return money == null ? null : new MoneyView(money.plain(), money.currency().getCurrencyCode());
    }
}
