package io.gridcharge.domain.energy;

import io.gridcharge.domain.shared.Require;
import java.time.Instant;
import java.util.List;

/**
 * The limits a connector (0: the whole station) is expected to charge under, from {@code start} for
 * {@code durationSeconds} (null when a station did not say): the combination of every profile in force
 * (OCPP 1.6 §3.13.3, §5.7).
 */
public record CompositeSchedule(Instant start, Integer durationSeconds, ChargingRateUnit unit,
                                List<CompositePeriod> periods) {
    public CompositeSchedule {
        Require.present(unit, "chargingRateUnit");
        periods = periods == null ? List.of() : List.copyOf(periods);
    }
}
