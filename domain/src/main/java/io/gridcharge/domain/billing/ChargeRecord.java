package io.gridcharge.domain.billing;

import io.gridcharge.domain.charging.MeterSample;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * What pricing needs of a finished charge: when it started and stopped, and the energy register over that time,
 * beginning with the meter start and ending with the meter stop. Between two readings energy is taken to have
 * flowed evenly, which is how a reading is split at a price boundary that falls between them.
 */
public record ChargeRecord(Instant startedAt, Instant stoppedAt, List<MeterReading> readings) {
    private static final int ENERGY_SCALE = 9;

    public ChargeRecord {
        Require.present(startedAt, "startedAt");
        Require.present(stoppedAt, "stoppedAt");
        if (stoppedAt.isBefore(startedAt)) {
            throw new InvalidInput("stoppedAt", "must not be before startedAt");
        }
        readings = List.copyOf(readings);
        if (readings.size() < 2 || !readings.getFirst().at().equals(startedAt)
                || !readings.getLast().at().equals(stoppedAt)) {
            throw new InvalidInput("readings", "must begin at the start and end at the stop");
        }
        for (int i = 1; i < readings.size(); i++) {
            if (!readings.get(i).at().isAfter(readings.get(i - 1).at()) && i != readings.size() - 1) {
                throw new InvalidInput("readings", "must be in time order, one per instant");
            }
            if (readings.get(i).registerWh() < readings.get(i - 1).registerWh()) {
                throw new InvalidInput("readings", "must not go backwards");
            }
        }
    }

    /**
     * A finished transaction with the energy register samples taken during it (OCPP 1.6 §7.43
     * Energy.Active.Import.Register, whole-meter values only). Samples outside the transaction's time are
     * dropped; a sample below an earlier reading or above the meter stop is held within them, since a meter
     * register only counts up and the stop reading is the one the station bills by.
     */
    public static ChargeRecord of(Transaction transaction, List<MeterSample> samples) {
        Instant start = transaction.startedAt();
        Instant stop = transaction.stoppedAt();
        long meterStart = transaction.meterStartWh();
        long meterStop = Math.max(meterStart, transaction.meterStopWh());
        TreeMap<Instant, Long> byTime = new TreeMap<>();
        for (MeterSample sample : samples) {
            if (MeterSample.ENERGY_REGISTER.equals(sample.measurand()) && sample.phase() == null
                    && sample.at().isAfter(start) && sample.at().isBefore(stop)) {
                sample.energyWh().ifPresent(wh -> byTime.merge(sample.at(), wh, Math::max));
            }
        }
        List<MeterReading> readings = new ArrayList<>();
        readings.add(new MeterReading(start, meterStart));
        long previous = meterStart;
        for (var entry : byTime.entrySet()) {
            previous = Math.min(meterStop, Math.max(previous, entry.getValue()));
            readings.add(new MeterReading(entry.getKey(), previous));
        }
        readings.add(new MeterReading(stop, meterStop));
        if (start.equals(stop)) {
            readings = List.of(new MeterReading(start, meterStart), new MeterReading(stop, meterStop));
        }
        return new ChargeRecord(start, stop, readings);
    }

    public long energyWh() {
        return readings.getLast().registerWh() - readings.getFirst().registerWh();
    }

    /**
     * When charging finished: the first reading at which the register had reached its final value. After it
     * the car only occupies the spot (idle). A charge that delivered nothing finished at its start.
     */
    public Instant chargingFinishedAt() {
        long last = readings.getLast().registerWh();
        return readings.stream().filter(r -> r.registerWh() == last).map(MeterReading::at)
                .min(Comparator.naturalOrder()).orElse(stoppedAt);
    }

    /** Energy delivered from the start until {@code at}, in Wh, interpolated evenly between readings. */
    public BigDecimal energyUntil(Instant at) {
        long base = readings.getFirst().registerWh();
        if (!at.isAfter(startedAt)) {
            return BigDecimal.ZERO;
        }
        for (int i = 1; i < readings.size(); i++) {
            MeterReading before = readings.get(i - 1);
            MeterReading after = readings.get(i);
            if (!at.isAfter(after.at())) {
                long span = Duration.between(before.at(), after.at()).toNanos();
                BigDecimal delta = BigDecimal.valueOf(after.registerWh() - before.registerWh());
                BigDecimal into = span == 0 ? delta : delta
                        .multiply(BigDecimal.valueOf(Duration.between(before.at(), at).toNanos()))
                        .divide(BigDecimal.valueOf(span), ENERGY_SCALE, RoundingMode.HALF_EVEN);
                return BigDecimal.valueOf(before.registerWh() - base).add(into);
            }
        }
        return BigDecimal.valueOf(energyWh());
    }
}
