package io.gridcharge.ocpp.v201.types;

import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 SalesTariffEntryType: one interval of a sales tariff with its price level and consumption costs (ISO
 * 15118).
 *
 * @param ePriceLevel Defines the price level of this SalesTariffEntry (referring to NumEPriceLevels).
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SalesTariffEntryType(
        RelativeTimeIntervalType relativeTimeInterval,
        Integer ePriceLevel,
        List<ConsumptionCostType> consumptionCost,
        CustomDataType customData) {

    public SalesTariffEntryType {
        Require.present(relativeTimeInterval, "relativeTimeInterval");
        Require.atLeast(ePriceLevel, 0, "ePriceLevel");
        consumptionCost = Require.size(consumptionCost, 1, 3, "consumptionCost");
    }

    /** The required fields only. */
    public static SalesTariffEntryType of(RelativeTimeIntervalType relativeTimeInterval) {
        return new SalesTariffEntryType(relativeTimeInterval, null, null, null);
    }
}
