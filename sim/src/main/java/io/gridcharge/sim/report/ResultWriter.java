package io.gridcharge.sim.report;

import io.gridcharge.sim.charger.VisitOutcome;
import io.gridcharge.sim.grid.Feeder;
import io.gridcharge.sim.grid.Reading;
import io.gridcharge.sim.grid.Site;
import io.gridcharge.sim.run.RunResult;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Writes a run's results into a directory: per site, feeder and the substation a CSV time series and a chart as
 * PNG and SVG, plus the summary table as text (summary.txt) and CSV (summary.csv).
 */
public final class ResultWriter {
    private static final String CSV_HEADER = "time_utc,local_time,load_kw,pv_kw,ev_kw,net_kw,import_kw,export_kw,"
            + "limit_kw,loading_pct,ev_requested_kwh,ev_delivered_kwh";

    private final Path directory;
    private final ZoneId zone;

    public ResultWriter(Path directory, ZoneId zone) {
        this.directory = directory;
        this.zone = zone;
    }

    /** Writes everything and returns the summary table's rows: sites, then feeders, then the substation. */
    public List<SummaryRow> write(RunResult result) {
        System.setProperty("java.awt.headless", "true");
        try {
            Files.createDirectories(directory);
            List<SummaryRow> rows = new ArrayList<>();
            var network = result.network();
            for (Feeder feeder : network.feeders()) {
                List<VisitOutcome> feederOutcomes = new ArrayList<>();
                for (Site site : feeder.sites()) {
                    List<VisitOutcome> outcomes = result.outcomes().get(site.id());
                    feederOutcomes.addAll(outcomes);
                    String title = (site.kind() == Site.Kind.HOME ? "Home " : "Parking lot ") + site.id();
                    rows.add(entity("site-" + site.id(), title, "site", result.sites().get(site.id()), outcomes,
                            result));
                }
                rows.add(entity("feeder-" + feeder.id(), "Feeder " + feeder.id(), "feeder",
                        result.feeders().get(feeder.id()), feederOutcomes, result));
            }
            List<VisitOutcome> all = result.outcomes().values().stream().flatMap(List::stream).toList();
            rows.add(entity("substation", "Substation", "substation", result.substation(),
                    all, result));
            Files.writeString(directory.resolve("summary.txt"), SummaryTable.text(rows));
            Files.writeString(directory.resolve("summary.csv"), SummaryTable.csv(rows));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write results to " + directory, e);
        }
    }

    private SummaryRow entity(String file, String title, String level, List<Reading> readings,
                              List<VisitOutcome> outcomes, RunResult result) throws IOException {
        Files.writeString(directory.resolve(file + ".csv"), csv(readings, outcomes));
        Chart chart = chart(title + " — " + result.network().title() + ", "
                + result.network().start().atZone(zone).toLocalDate(), readings);
        SvgCanvas svg = new SvgCanvas(ChartPainter.WIDTH, ChartPainter.HEIGHT);
        ChartPainter.paint(chart, svg);
        Files.writeString(directory.resolve(file + ".svg"), svg.document());
        PngCanvas png = new PngCanvas(ChartPainter.WIDTH, ChartPainter.HEIGHT);
        ChartPainter.paint(chart, png);
        BufferedImage image = png.image();
        ImageIO.write(image, "png", directory.resolve(file + ".png").toFile());
        return SummaryRow.of(title, level, readings, result.network().step(), outcomes);
    }

    Chart chart(String title, List<Reading> readings) {
        int n = readings.size();
        double[] load = new double[n];
        double[] pv = new double[n];
        double[] ev = new double[n];
        double[] net = new double[n];
        double[] limit = new double[n];
        for (int i = 0; i < n; i++) {
            Reading r = readings.get(i);
            load[i] = r.loadW() / 1000;
            pv[i] = r.pvW() / 1000;
            ev[i] = r.evW() / 1000;
            net[i] = r.netW() / 1000;
            limit[i] = r.limitW() / 1000;
        }
        List<Chart.Line> lines = new ArrayList<>();
        lines.add(new Chart.Line("Net import (negative: feed-in)", "#1f4e9c", false, net));
        lines.add(new Chart.Line("EV charging", "#2ca02c", false, ev));
        if (any(load)) {
            lines.add(new Chart.Line("Household / building", "#8c564b", false, load));
        }
        if (any(pv)) {
            lines.add(new Chart.Line("PV", "#ff9f1c", false, pv));
        }
        lines.add(new Chart.Line("Rating", "#d62728", true, limit));
        if (any(pv)) {
            double[] feedInLimit = new double[n];
            for (int i = 0; i < n; i++) {
                feedInLimit[i] = -limit[i];
            }
            lines.add(new Chart.Line("Rating, feed-in", "#d62728", true, feedInLimit));
        }
        return new Chart(title, "power (kW)", zone, readings.stream().map(Reading::at).toList(), lines);
    }

    private static boolean any(double[] values) {
        for (double v : values) {
            if (v != 0) {
                return true;
            }
        }
        return false;
    }

    private String csv(List<Reading> readings, List<VisitOutcome> outcomes) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        List<VisitOutcome> byArrival = outcomes.stream()
                .sorted(java.util.Comparator.comparing(o -> o.visit().arrival())).toList();
        int arrived = 0;
        double requestedKwh = 0;
        double deliveredKwh = 0;
        for (int i = 0; i < readings.size(); i++) {
            Reading r = readings.get(i);
            Instant end = i + 1 < readings.size() ? readings.get(i + 1).at() : r.at();
            while (arrived < byArrival.size() && !byArrival.get(arrived).visit().arrival().isAfter(r.at())) {
                requestedKwh += byArrival.get(arrived++).visit().wantedWh() / 1000.0;
            }
            deliveredKwh += r.evW() / 1000 * java.time.Duration.between(r.at(), end).toSeconds() / 3600;
            csv.append(String.format(Locale.ROOT, "%s,%s,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%.1f,%.3f,%.3f%n",
                    r.at(), r.at().atZone(zone).toLocalDateTime(), r.loadW() / 1000, r.pvW() / 1000, r.evW() / 1000,
                    r.netW() / 1000, r.importW() / 1000, r.exportW() / 1000, r.limitW() / 1000, r.loadingPercent(),
                    requestedKwh, deliveredKwh));
        }
        return csv.toString();
    }
}
