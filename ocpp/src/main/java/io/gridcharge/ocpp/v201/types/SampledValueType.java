package io.gridcharge.ocpp.v201.types;

import io.gridcharge.ocpp.validation.Require;
import java.math.BigDecimal;

/**
 * OCPP 2.0.1 SampledValueType: single sampled value in MeterValues.
 *
 * @param value Indicates the measured value.
 * @param context absent means Sample.Periodic (schema default; readers apply it).
 * @param measurand absent means Energy.Active.Import.Register (schema default; readers apply it).
 * @param location absent means Outlet (schema default; readers apply it).
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SampledValueType(
        BigDecimal value,
        ReadingContextEnumType context,
        MeasurandEnumType measurand,
        PhaseEnumType phase,
        LocationEnumType location,
        SignedMeterValueType signedMeterValue,
        UnitOfMeasureType unitOfMeasure,
        CustomDataType customData) {

    public SampledValueType {
        Require.present(value, "value");
    }

    /** The required fields only. */
    public static SampledValueType of(BigDecimal value) {
        return new SampledValueType(value, null, null, null, null, null, null, null);
    }
}
