package io.gridcharge.sim.ev;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The cars a population is drawn from, with weights. The defaults are typical of European and Californian roads
 * around 2021 (battery size and on-board charger of common compacts, SUVs and plug-in hybrids).
 */
public record Fleet(List<Entry> entries) {
    public record Entry(EvModel model, double weight) {
        public Entry {
            if (!(weight > 0)) {
                throw new IllegalArgumentException("Fleet weight of " + model.name() + " must be positive");
            }
        }
    }

    public static final Fleet TYPICAL = new Fleet(List.of(
            new Entry(new EvModel("compact-bev", 58_000, 11_000, 3, 120_000, false), 0.35),
            new Entry(new EvModel("suv-bev", 77_000, 11_000, 3, 150_000, true), 0.25),
            new Entry(new EvModel("city-bev", 42_000, 7_400, 1, 50_000, false), 0.2),
            new Entry(new EvModel("us-sedan", 75_000, 11_500, 1, 170_000, false), 0.1),
            new Entry(new EvModel("phev", 13_000, 3_700, 1, 0, false), 0.1)));

    public Fleet {
        if (entries == null || entries.isEmpty()) {
            throw new IllegalArgumentException("A fleet needs at least one EV model");
        }
        entries = List.copyOf(entries);
    }

    public EvModel draw(SplittableRandom random) {
        double total = entries.stream().mapToDouble(Entry::weight).sum();
        double pick = random.nextDouble() * total;
        for (Entry entry : entries) {
            pick -= entry.weight();
            if (pick < 0) {
                return entry.model();
            }
        }
        return entries.getLast().model();
    }
}
