package io.gridcharge.ocpp.v201.types;

import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 SalesTariffType: nOTE:
 *
 * @param id SalesTariff identifier used to identify one sales tariff.
 * @param salesTariffDescription A human readable title/short description of the sales tariff e.g.
 * @param numEPriceLevels Defines the overall number of distinct price levels used across all provided
 * SalesTariff elements.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SalesTariffType(
        Integer id,
        String salesTariffDescription,
        Integer numEPriceLevels,
        List<SalesTariffEntryType> salesTariffEntry,
        CustomDataType customData) {

    public SalesTariffType {
        Require.present(id, "id");
        Require.maxLength(salesTariffDescription, 32, "salesTariffDescription");
        Require.present(salesTariffEntry, "salesTariffEntry");
        salesTariffEntry = Require.size(salesTariffEntry, 1, 1024, "salesTariffEntry");
    }

    /** The required fields only. */
    public static SalesTariffType of(Integer id, List<SalesTariffEntryType> salesTariffEntry) {
        return new SalesTariffType(id, null, null, salesTariffEntry, null);
    }
}
