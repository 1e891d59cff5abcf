package io.gridcharge.gateway.v16;

import io.gridcharge.domain.charging.MeterSample;
import io.gridcharge.gateway.WireNames;
import io.gridcharge.ocpp.v16.core.Location;
import io.gridcharge.ocpp.v16.core.Measurand;
import io.gridcharge.ocpp.v16.core.MeterValue;
import io.gridcharge.ocpp.v16.core.ReadingContext;
import io.gridcharge.ocpp.v16.core.SampledValue;
import io.gridcharge.ocpp.v16.core.UnitOfMeasure;
import io.gridcharge.ocpp.v16.core.ValueFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads OCPP 1.6 MeterValue lists into the domain's {@link MeterSample}s.
 *
 * <ul>
 * <li>Absent fields take the defaults of OCPP 1.6 §7.43: measurand Energy.Active.Import.Register, unit Wh,
 * context Sample.Periodic, location Outlet, format Raw. The domain gets them spelled out, so that "no unit"
 * can never be read as anything but Wh.</li>
 * <li>A Raw value is a decimal number ({@link BigDecimal}'s syntax: "1234", "12.5", "-3", "1.2E3"); one that
 * is not, or has more than 18 integer digits or 20 decimals, is listed in {@link Reading#unreadable} by its
 * field path, and its caller decides.</li>
 * <li>A SignedData value is an opaque signed blob (German calibration law meters), not a number: it is
 * skipped here, and kept verbatim in the message journal.</li>
 * </ul>
 */
final class MeterReadings {
    /** The samples read, and the paths of Raw values that are not numbers. */
    record Reading(List<MeterSample> samples, List<String> unreadable) {
    }

    private MeterReadings() {
    }

    static Reading read(List<MeterValue> meterValues, String field) {
        List<MeterSample> samples = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        if (meterValues == null) {
            return new Reading(samples, unreadable);
        }
        for (int i = 0; i < meterValues.size(); i++) {
            MeterValue meterValue = meterValues.get(i);
            for (int j = 0; j < meterValue.sampledValue().size(); j++) {
                SampledValue sampled = meterValue.sampledValue().get(j);
                if (sampled.format() == ValueFormat.SignedData) {
                    continue;
                }
                BigDecimal value = decimal(sampled.value());
                if (value == null) {
                    unreadable.add(field + "[" + i + "].sampledValue[" + j + "].value");
                    continue;
                }
                samples.add(new MeterSample(meterValue.timestamp(),
                        WireNames.of(or(sampled.measurand(), Measurand.Energy_Active_Import_Register)),
                        WireNames.of(sampled.phase()),
                        WireNames.of(or(sampled.location(), Location.Outlet)),
                        WireNames.of(or(sampled.context(), ReadingContext.Sample_Periodic)),
                        value,
                        WireNames.of(or(sampled.unit(), UnitOfMeasure.Wh))));
            }
        }
        return new Reading(List.copyOf(samples), List.copyOf(unreadable));
    }

    /** Bounds that no meter reading comes near, and that keep "1E999999999" from expanding into a billion digits. */
    private static final int MAX_INTEGER_DIGITS = 18;
    private static final int MAX_SCALE = 20;

    private static BigDecimal decimal(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
        boolean plausible = value.precision() - value.scale() <= MAX_INTEGER_DIGITS && value.scale() <= MAX_SCALE;
        return plausible ? value : null;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
