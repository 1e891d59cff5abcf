package io.gridcharge.sim.home;

import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;

/**
 * What a site draws besides its chargers: its annual consumption spread over the day by a standard profile,
 * varied per site and quarter hour by up to ±30 % so that a street does not move in lockstep. Pure function of
 * time and seed.
 */
public record BaseLoad(Profile profile, double annualWh, ZoneId zone, long seed) {
    /** Hourly shapes, local time: those of the German BDEW standard load profiles H0 (household) and G1 (office). */
    public enum Profile {
        /** Low at night, a morning bump, the evening peak. */
        HOUSEHOLD(0.55, 0.45, 0.40, 0.38, 0.38, 0.42, 0.60, 0.85, 0.90, 0.85, 0.85, 0.90, 1.00, 0.95, 0.85, 0.80,
                0.85, 1.00, 1.25, 1.40, 1.40, 1.25, 1.00, 0.75),
        /** Offices and shops: working hours, little at night. */
        OFFICE(0.35, 0.33, 0.33, 0.33, 0.33, 0.38, 0.55, 1.05, 1.55, 1.75, 1.80, 1.80, 1.65, 1.70, 1.75, 1.70, 1.55,
                1.25, 0.85, 0.60, 0.50, 0.45, 0.40, 0.37);

        private final double[] hourly;
        private final double mean;

        Profile(double... hourly) {
            this.hourly = hourly;
            this.mean = java.util.Arrays.stream(hourly).average().orElseThrow();
        }
    }

    public BaseLoad {
        if (!(annualWh >= 0)) {
            throw new IllegalArgumentException("Annual consumption must be >= 0 Wh");
        }
    }

    public double powerW(Instant at) {
        var local = at.atZone(zone);
        double hour = local.getHour() + local.getMinute() / 60.0;
        int h = (int) hour;
        double between = hour - h;
        double shape = profile.hourly[h] * (1 - between) + profile.hourly[(h + 1) % 24] * between;
        long quarter = Math.floorDiv(at.getEpochSecond(), 900);
        double variation = 0.7 + 0.6 * new SplittableRandom(seed * 0xBF58476D1CE4E5B9L + quarter).nextDouble();
        return annualWh / 8760 * shape / profile.mean * variation;
    }
}
