package io.gridcharge.sim.home;

import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;

/**
 * A household's demand: its annual consumption spread over the day by a standard residential profile (low at
 * night, a morning bump, the evening peak; the shape of the German BDEW H0 profile), varied per home and quarter
 * hour by up to ±30 % so that a street does not move in lockstep. Pure function of time and seed.
 */
public record HouseholdLoad(double annualWh, ZoneId zone, long seed) {
    private static final double[] HOURLY_SHAPE = {0.55, 0.45, 0.40, 0.38, 0.38, 0.42, 0.60, 0.85, 0.90, 0.85, 0.85,
            0.90, 1.00, 0.95, 0.85, 0.80, 0.85, 1.00, 1.25, 1.40, 1.40, 1.25, 1.00, 0.75};
    private static final double MEAN_SHAPE = java.util.Arrays.stream(HOURLY_SHAPE).average().orElseThrow();

    public HouseholdLoad {
        if (!(annualWh >= 0)) {
            throw new IllegalArgumentException("Annual household consumption must be >= 0 Wh");
        }
    }

    public double powerW(Instant at) {
        var local = at.atZone(zone);
        double hour = local.getHour() + local.getMinute() / 60.0;
        int h = (int) hour;
        double between = hour - h;
        double shape = HOURLY_SHAPE[h] * (1 - between) + HOURLY_SHAPE[(h + 1) % 24] * between;
        long quarter = Math.floorDiv(at.getEpochSecond(), 900);
        double variation = 0.7 + 0.6 * new SplittableRandom(seed * 0xBF58476D1CE4E5B9L + quarter).nextDouble();
        return annualWh / 8760 * shape / MEAN_SHAPE * variation;
    }
}
