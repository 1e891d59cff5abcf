package io.gridcharge.sim.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** A line chart over time: what a PNG and an SVG of the same results both draw. */
public record Chart(String title, String yLabel, ZoneId zone, List<Instant> times, List<Line> lines) {
    /** One line: its legend name, colour (#rrggbb), dashed or solid, and a value per time. */
    public record Line(String name, String color, boolean dashed, double[] values) {
    }

    public Chart {
        times = List.copyOf(times);
        lines = List.copyOf(lines);
        for (Line line : lines) {
            if (line.values().length != times.size()) {
                throw new IllegalArgumentException("Line " + line.name() + " has " + line.values().length
                        + " values for " + times.size() + " times");
            }
        }
    }
}
