package io.gridcharge.sim.home;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * How much of the clear-sky sunshine reaches the panels: a clear day with a little haze, a day of passing
 * clouds (a new cloud factor every quarter hour), or an overcast day. A pure function of the time and the seed,
 * so every home on a street sees the same sky and a run repeats.
 */
public record Weather(Kind kind, long seed) {
    public enum Kind { CLEAR, MIXED, OVERCAST }

    private static final long QUARTER_HOUR = 900;

    public double factorAt(Instant at) {
        long block = Math.floorDiv(at.getEpochSecond(), QUARTER_HOUR);
        double draw = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + block).nextDouble();
        return switch (kind) {
            case CLEAR -> 0.95 + 0.05 * draw;
            case MIXED -> 0.3 + 0.7 * draw;
            case OVERCAST -> 0.15 + 0.15 * draw;
        };
    }
}
