package io.gridcharge.domain.energy;

import java.time.Duration;

/** OCPP 1.6 §7.37: how often a RECURRING profile starts over. */
public enum RecurrencyKind {
    DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7));

    private final Duration period;

    RecurrencyKind(Duration period) {
        this.period = period;
    }

    public Duration period() {
        return period;
    }
}
