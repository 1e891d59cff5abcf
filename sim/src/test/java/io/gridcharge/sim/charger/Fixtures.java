package io.gridcharge.sim.charger;

import io.gridcharge.sim.ev.ChargingCurve;
import io.gridcharge.sim.ev.EvModel;
import io.gridcharge.sim.ev.EvVisit;
import java.time.Duration;
import java.time.Instant;

/** Builders for the charger tests: a wallbox, a car, a visit. */
public final class Fixtures {
    public static final Instant NOON = Instant.parse("2021-06-15T10:00:00Z");
    public static final EvModel COMPACT = new EvModel("compact", 60_000, 11_000, 3, 100_000, false);

    private Fixtures() {
    }

    public static ChargerModel anAcCharger(String id, int connectors) {
        return new ChargerModel(new ChargerSpec(id, CurrentType.AC, connectors, 11_000, 3), ChargingCurve.TYPICAL,
                Duration.ofMinutes(5), 1_000);
    }

    public static EvVisit aVisit(String id, double arrivalSoc, long requestedWh, Duration stay) {
        return new EvVisit(id, COMPACT, NOON, NOON.plus(stay), requestedWh, arrivalSoc, "TAG-" + id);
    }

    /** Runs the charger minute by minute for {@code minutes}, from NOON; returns the time reached. */
    public static Instant runMinutes(ChargerModel charger, Instant from, int minutes) {
        Instant at = from;
        for (int i = 0; i < minutes; i++) {
            charger.advance(at, Duration.ofMinutes(1));
            at = at.plus(Duration.ofMinutes(1));
        }
        return at;
    }
}
