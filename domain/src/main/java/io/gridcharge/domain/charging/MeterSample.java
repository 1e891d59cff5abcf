package io.gridcharge.domain.charging;

import io.gridcharge.domain.shared.Require;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One sampled value from a station's meter (OCPP 1.6 §7.43 SampledValue): what was measured
 * ({@code measurand}, e.g. "Energy.Active.Import.Register", "Voltage", "SoC"), on which phase and where,
 * why it was taken ({@code context}), and the value in {@code unit}.
 */
public record MeterSample(Instant at, String measurand, String phase, String location, String context,
                          BigDecimal value, String unit) {
    public static final String ENERGY_REGISTER = "Energy.Active.Import.Register";

    public MeterSample {
        Require.present(at, "timestamp");
        Require.present(measurand, "measurand");
        Require.present(value, "value");
    }

    /** The value in Wh when this is an energy reading in Wh or kWh; other samples have no energy. */
    public java.util.OptionalLong energyWh() {
        if (!measurand.startsWith("Energy.")) {
            return java.util.OptionalLong.empty();
        }
        BigDecimal wh = "kWh".equals(unit) ? value.movePointRight(3) : value;
        return java.util.OptionalLong.of(wh.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
    }

    /** The last reading of the energy register among {@code samples}, in Wh, if there is one. */
    public static java.util.OptionalLong lastEnergyRegisterWh(java.util.List<MeterSample> samples) {
        return samples.stream().filter(s -> ENERGY_REGISTER.equals(s.measurand()))
                .reduce((first, second) -> second)
                .map(MeterSample::energyWh).orElse(java.util.OptionalLong.empty());
    }
}
