package io.gridcharge.ocpp.v201.types;

import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 UnitOfMeasureType: represents a UnitOfMeasure with a multiplier
 *
 * @param unit Unit of the value. Absent means Wh (schema default).
 * @param multiplier Multiplier, this value represents the exponent to base 10. Absent means 0 (schema default).
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record UnitOfMeasureType(
        String unit,
        Integer multiplier,
        CustomDataType customData) {

    public UnitOfMeasureType {
        Require.maxLength(unit, 20, "unit");
    }

    /** No optional field set. */
    public static UnitOfMeasureType of() {
        return new UnitOfMeasureType(null, null, null);
    }
}
