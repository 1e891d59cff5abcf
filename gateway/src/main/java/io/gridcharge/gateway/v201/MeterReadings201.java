package io.gridcharge.gateway.v201;

import io.gridcharge.domain.charging.MeterSample;
import io.gridcharge.gateway.WireNames;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.OcppCallException;
import io.gridcharge.ocpp.json.OcppJson;
import io.gridcharge.ocpp.v201.types.LocationEnumType;
import io.gridcharge.ocpp.v201.types.MeasurandEnumType;
import io.gridcharge.ocpp.v201.types.MeterValueType;
import io.gridcharge.ocpp.v201.types.ReadingContextEnumType;
import io.gridcharge.ocpp.v201.types.SampledValueType;
import io.gridcharge.ocpp.v201.types.UnitOfMeasureType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads OCPP 2.0.1 MeterValueType lists into the domain's {@link MeterSample}s. Absent fields take the schema's
 * defaults (measurand Energy.Active.Import.Register, context Sample.Periodic, location Outlet, unit Wh,
 * multiplier 0), spelled out for the domain. The multiplier is applied to the value (UnitOfMeasureType: the
 * value times ten to its power), so a sample is always in its plain unit. 2.0.1 sends values as JSON numbers;
 * one no meter comes near (more than 18 integer digits or 20 decimals) is refused naming its field.
 */
final class MeterReadings201 {
    private static final int MAX_INTEGER_DIGITS = 18;
    private static final int MAX_SCALE = 20;
    private static final String DEFAULT_UNIT = "Wh";

    private MeterReadings201() {
    }

    /** @throws OcppCallException PropertyConstraintViolation naming the first implausible value */
    static List<MeterSample> read(List<MeterValueType> meterValues, String field) {
        List<MeterSample> samples = new ArrayList<>();
        if (meterValues == null) {
            return samples;
        }
        for (int i = 0; i < meterValues.size(); i++) {
            MeterValueType meterValue = meterValues.get(i);
            for (int j = 0; j < meterValue.sampledValue().size(); j++) {
                SampledValueType sampled = meterValue.sampledValue().get(j);
                UnitOfMeasureType unit = sampled.unitOfMeasure();
                int multiplier = unit == null || unit.multiplier() == null ? 0 : unit.multiplier();
                BigDecimal value = sampled.value().scaleByPowerOfTen(multiplier);
                if (value.precision() - value.scale() > MAX_INTEGER_DIGITS || value.scale() > MAX_SCALE) {
                    String path = field + "[" + i + "].sampledValue[" + j + "].value";
                    throw new OcppCallException(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                            path + " is no meter reading", OcppJson.mapper().createObjectNode().put("field", path));
                }
                samples.add(new MeterSample(meterValue.timestamp(),
                        WireNames.of(or(sampled.measurand(), MeasurandEnumType.Energy_Active_Import_Register)),
                        WireNames.of(sampled.phase()),
                        WireNames.of(or(sampled.location(), LocationEnumType.Outlet)),
                        WireNames.of(or(sampled.context(), ReadingContextEnumType.Sample_Periodic)),
                        value,
                        unit == null || unit.unit() == null ? DEFAULT_UNIT : unit.unit()));
            }
        }
        return List.copyOf(samples);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
