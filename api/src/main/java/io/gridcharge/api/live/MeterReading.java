package io.gridcharge.api.live;

import io.gridcharge.domain.charging.MeterSample;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The latest values of one MeterValues message, in the console's units: power W, energy Wh, current A, voltage V,
 * state of charge %, temperature °C; null where the station did not measure it. A value reported for the whole
 * connector (no phase, OCPP 1.6 §7.43) wins; else power and current are the sum of the phases and voltage and
 * temperature the first phase's.
 */
public record MeterReading(Long powerW, Long energyWh, BigDecimal currentA, BigDecimal voltageV, BigDecimal soc,
                           BigDecimal temperatureC) {
    static final String POWER = "Power.Active.Import";
    static final String CURRENT = "Current.Import";
    static final String VOLTAGE = "Voltage";
    static final String SOC = "SoC";
    static final String TEMPERATURE = "Temperature";

    public static MeterReading of(List<MeterSample> samples) {
        BigDecimal power = value(samples, POWER, true);
        Long energy = samples.stream().filter(s -> MeterSample.ENERGY_REGISTER.equals(s.measurand()) && s.phase() == null)
                .reduce((first, second) -> second)
                .or(() -> samples.stream().filter(s -> MeterSample.ENERGY_REGISTER.equals(s.measurand()))
                        .reduce((first, second) -> second))
                .flatMap(s -> s.energyWh().isPresent() ? java.util.Optional.of(s.energyWh().getAsLong())
                        : java.util.Optional.empty())
                .orElse(null);
        return new MeterReading(power == null ? null : power.setScale(0, RoundingMode.HALF_UP).longValueExact(), energy,
                value(samples, CURRENT, true), value(samples, VOLTAGE, false), value(samples, SOC, false),
                value(samples, TEMPERATURE, false));
    }

    /** kW and kWh become W and Wh; other units are taken as the measurand's default (OCPP 1.6 §7.45). */
    private static BigDecimal value(List<MeterSample> samples, String measurand, boolean sumPhases) {
        List<MeterSample> matching = samples.stream().filter(s -> measurand.equals(s.measurand())).toList();
        if (matching.isEmpty()) {
            return null;
        }
        List<MeterSample> whole = matching.stream().filter(s -> s.phase() == null).toList();
        if (!whole.isEmpty()) {
            return scaled(whole.getLast());
        }
        List<MeterSample> phases = matching.stream().filter(s -> s.phase().startsWith("L")
                && !s.phase().contains("-")).toList();
        if (phases.isEmpty()) {
            return scaled(matching.getLast());
        }
        return sumPhases ? phases.stream().map(MeterReading::scaled).reduce(BigDecimal.ZERO, BigDecimal::add)
                : scaled(phases.getFirst());
    }

    private static BigDecimal scaled(MeterSample sample) {
        return sample.unit() != null && sample.unit().startsWith("k") ? sample.value().movePointRight(3) : sample.value();
    }
}
