package io.gridcharge.ocpp.v201.types;

import io.gridcharge.ocpp.validation.Require;
import java.math.BigDecimal;
import java.util.List;

/**
 * OCPP 2.0.1 ConsumptionCostType: the costs of energy consumed from a start value on, within a sales tariff entry
 * (ISO 15118).
 *
 * @param startValue The lowest level of consumption that defines the starting point of this consumption block.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ConsumptionCostType(
        BigDecimal startValue,
        List<CostType> cost,
        CustomDataType customData) {

    public ConsumptionCostType {
        Require.present(startValue, "startValue");
        Require.present(cost, "cost");
        cost = Require.size(cost, 1, 3, "cost");
    }

    /** The required fields only. */
    public static ConsumptionCostType of(BigDecimal startValue, List<CostType> cost) {
        return new ConsumptionCostType(startValue, cost, null);
    }
}
