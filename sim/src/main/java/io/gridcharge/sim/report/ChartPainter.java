package io.gridcharge.sim.report;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Lays a chart out once for both formats: title, y axis with round ticks and its unit, time axis with local
 * clock times, grid lines, the lines, and a legend below the plot.
 */
final class ChartPainter {
    static final int WIDTH = 1000;
    static final int HEIGHT = 520;
    private static final int LEFT = 80;
    private static final int RIGHT = 30;
    private static final int TOP = 50;
    private static final int BOTTOM = 110;
    private static final String AXIS = "#333333";
    private static final String GRID = "#dddddd";

    private ChartPainter() {
    }

    static void paint(Chart chart, Canvas canvas) {
        canvas.rect(0, 0, WIDTH, HEIGHT, null, "#ffffff");
        canvas.text(WIDTH / 2.0, 30, chart.title(), Canvas.Anchor.MIDDLE, 18, true, false);
        if (chart.times().isEmpty()) {
            return;
        }
        double min = 0;
        double max = 0;
        for (Chart.Line line : chart.lines()) {
            for (double v : line.values()) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        double tick = niceStep((max - min) / 6);
        min = Math.floor(min / tick) * tick;
        max = Math.max(min + tick, Math.ceil(max * 1.05 / tick) * tick);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        Instant t0 = chart.times().getFirst();
        double span = Math.max(1, Duration.between(t0, chart.times().getLast()).toSeconds());
        double bottom = TOP + plotH;
        double lo = min;
        double range = max - min;

        for (double v = min; v <= max + tick / 2; v += tick) {
            double y = bottom - (v - lo) / range * plotH;
            canvas.line(LEFT, y, LEFT + plotW, y, GRID, 1, false);
            canvas.text(LEFT - 8, y + 4, format(v, tick), Canvas.Anchor.END, 12, false, false);
        }
        long hours = Math.max(1, Math.round(span / 3600 / 12));
        DateTimeFormatter clock = DateTimeFormatter.ofPattern(span > 2 * 86400 ? "MM-dd HH:mm" : "HH:mm", Locale.ROOT);
        Instant firstHour = t0.atZone(chart.zone()).withMinute(0).withSecond(0).withNano(0).toInstant();
        for (Instant t = firstHour; !t.isAfter(chart.times().getLast()); t = t.plus(Duration.ofHours(hours))) {
            if (t.isBefore(t0)) {
                continue;
            }
            double x = LEFT + Duration.between(t0, t).toSeconds() / span * plotW;
            canvas.line(x, TOP, x, bottom, GRID, 1, false);
            canvas.text(x, bottom + 18, clock.format(t.atZone(chart.zone())), Canvas.Anchor.MIDDLE, 12, false, false);
        }
        canvas.line(LEFT, TOP, LEFT, bottom, AXIS, 1.5, false);
        canvas.line(LEFT, bottom, LEFT + plotW, bottom, AXIS, 1.5, false);
        canvas.text(LEFT + plotW / 2, bottom + 40, "local time (" + chart.zone().getId() + ")", Canvas.Anchor.MIDDLE, 13,
                false, false);
        canvas.text(22, TOP + plotH / 2, chart.yLabel(), Canvas.Anchor.MIDDLE, 13, false, true);

        int n = chart.times().size();
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = LEFT + Duration.between(t0, chart.times().get(i)).toSeconds() / span * plotW;
        }
        double legendX = LEFT;
        for (Chart.Line line : chart.lines()) {
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                double v = Double.isFinite(line.values()[i]) ? line.values()[i] : lo;
                ys[i] = bottom - (v - lo) / range * plotH;
            }
            canvas.polyline(xs, ys, line.color(), 2, line.dashed());
            double legendY = HEIGHT - 28;
            canvas.line(legendX, legendY - 4, legendX + 28, legendY - 4, line.color(), 3, line.dashed());
            canvas.text(legendX + 34, legendY, line.name(), Canvas.Anchor.START, 13, false, false);
            legendX += 44 + 7.5 * line.name().length();
        }
    }

    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    private static String format(double value, double tick) {
        return tick >= 1 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
