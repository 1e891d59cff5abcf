package io.gridcharge.domain.billing;

import io.gridcharge.domain.shared.Require;
import java.time.Instant;

/** The energy register of a connector's meter at one instant, in Wh. */
public record MeterReading(Instant at, long registerWh) {
    public MeterReading {
        Require.present(at, "at");
    }
}
