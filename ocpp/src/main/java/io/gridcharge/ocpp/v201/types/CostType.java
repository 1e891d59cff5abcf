package io.gridcharge.ocpp.v201.types;

import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 CostType: cost
 *
 * @param amount The estimated or actual cost per kWh
 * @param amountMultiplier Values:
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record CostType(
        CostKindEnumType costKind,
        Integer amount,
        Integer amountMultiplier,
        CustomDataType customData) {

    public CostType {
        Require.present(costKind, "costKind");
        Require.present(amount, "amount");
    }

    /** The required fields only. */
    public static CostType of(CostKindEnumType costKind, Integer amount) {
        return new CostType(costKind, amount, null, null);
    }
}
