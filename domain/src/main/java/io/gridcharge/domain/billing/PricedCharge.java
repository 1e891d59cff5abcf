package io.gridcharge.domain.billing;

import io.gridcharge.domain.shared.Require;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A charge's price: each component rounded to the currency's minor unit, and the total, which is their sum
 * (so the breakdown adds up to the total to the cent, issue 7), with the slices it was computed from.
 */
public record PricedCharge(Currency currency, long energyWh, Map<PriceComponent, Money> components,
                           List<PricedSlice> slices) {
    public PricedCharge {
        Require.present(currency, "currency");
        components = Map.copyOf(new EnumMap<>(components));
        slices = List.copyOf(slices);
        for (PriceComponent component : PriceComponent.values()) {
            Money amount = components.get(component);
            if (amount == null || !amount.currency().equals(currency) || !amount.isWholeMinorUnits()) {
                throw new IllegalArgumentException(component + " must be a rounded amount in " + currency);
            }
        }
    }

    public Money component(PriceComponent component) {
        return components.get(component);
    }

    public Money total() {
        Money total = Money.zero(currency);
        for (PriceComponent component : PriceComponent.values()) {
            total = total.plus(components.get(component));
        }
        return total.rounded(RoundingMode.UNNECESSARY);
    }
}
