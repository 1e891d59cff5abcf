package io.gridcharge.sim.link;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Spells of something going wrong (a link outage, a charger fault): they begin at a mean rate per simulated day
 * and last a mean number of minutes, both exponential, at least a minute each; the same for the same seed.
 */
public final class Spells {
    public record Spell(Instant from, Instant until) {
    }

    private Spells() {
    }

    public static List<Spell> draw(Instant start, Instant end, double perDay, double meanMinutes, long seed) {
        List<Spell> spells = new ArrayList<>();
        if (perDay <= 0 || meanMinutes <= 0) {
            return spells;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double meanGapSeconds = Duration.ofDays(1).toSeconds() / perDay;
        Instant at = start;
        while (true) {
            at = at.plusSeconds(Math.round(-Math.log(1 - random.nextDouble()) * meanGapSeconds));
            if (!at.isBefore(end)) {
                return spells;
            }
            long length = Math.max(60, Math.round(-Math.log(1 - random.nextDouble()) * meanMinutes * 60));
            spells.add(new Spell(at, at.plusSeconds(length)));
            at = at.plusSeconds(length);
        }
    }
}
