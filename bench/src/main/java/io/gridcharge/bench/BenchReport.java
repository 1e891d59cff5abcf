package io.gridcharge.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridcharge.ocpp.json.OcppJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.HdrHistogram.Histogram;

/**
 * What a benchmark run reports: one or two runs (the target and, with compare, the bare ceiling), the machine,
 * the JVM and the commit. As a plain-text table for people and as JSON for tools.
 */
public record BenchReport(Environment environment, BenchSettings settings, List<Run> runs) {

    /** One target measured. */
    public record Run(String label, String target, LoadGenerator.Outcome outcome) {
        public double bootsPerSecond() {
            return outcome.stormSeconds() > 0 ? outcome.ready() / outcome.stormSeconds() : 0;
        }

        public double messagesPerSecond() {
            return outcome.mixSeconds() > 0 ? outcome.mixStats().answeredCount() / outcome.mixSeconds() : 0;
        }
    }

    public BenchReport {
        runs = List.copyOf(runs);
    }

    /** messages/s of the first run over that of the second (the ceiling), or null with only one run. */
    public Double ceilingRatio() {
        if (runs.size() < 2 || runs.get(1).messagesPerSecond() == 0) {
            return null;
        }
        return runs.get(0).messagesPerSecond() / runs.get(1).messagesPerSecond();
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        Environment env = environment;
        out.append(String.format(Locale.ROOT, "GridCharge bench %s  commit %s%n", env.startedAt(), env.commit()));
        out.append(String.format(Locale.ROOT, "machine: %d cores, %.1f GiB; %s%n", env.cores(),
                env.memoryKb() / 1024.0 / 1024.0, env.jvm()));
        out.append(String.format(Locale.ROOT, "stations %d speaking %s, %d connecting at a time, mix %s, %s, warm-up %d s, measured %d s%n",
                settings.stations(), settings.protocol().subprotocol(), settings.connecting(), settings.mix(),
                settings.rate() == null ? "closed loop (next call on each answer)"
                        : "paced at " + settings.rate() + " messages/s in all",
                settings.warmup().toSeconds(), settings.duration().toSeconds()));
        for (Run run : runs) {
            LoadGenerator.Outcome o = run.outcome();
            out.append(String.format(Locale.ROOT, "%n== %s  %s%n", run.label(), run.target()));
            out.append(String.format(Locale.ROOT, "storm: %d of %d stations booted and reported in %.2f s = %.0f boots/s%n",
                    o.ready(), o.stations(), o.stormSeconds(), run.bootsPerSecond()));
            if (o.busyRetries() > 0) {
                out.append(String.format(Locale.ROOT, "  %d handshakes answered 503 (busy) and retried after Retry-After%n",
                        o.busyRetries()));
            }
            o.lostReasons().forEach((why, count) -> out.append(String.format(Locale.ROOT, "  lost %d: %s%n", count, why)));
            out.append(table("storm", o.storm(), o.stormSeconds()));
            out.append(table("mix", o.mixStats(), o.mixSeconds()));
            out.append(String.format(Locale.ROOT, "mix total: %.0f messages/s, %d errors, %d disconnects%n",
                    run.messagesPerSecond(), o.mixStats().failureCount(), o.disconnects()));
            if (!o.serverCalls().isEmpty()) {
                out.append("calls from the central system (answered NotImplemented): ").append(o.serverCalls()).append('\n');
            }
            out.append(platformText(o));
        }
        Double ratio = ceilingRatio();
        if (ratio != null) {
            out.append(String.format(Locale.ROOT, "%n%s / %s messages/s: %.2f%n", runs.get(0).label(),
                    runs.get(1).label(), ratio));
        }
        return out.toString();
    }

    private static String platformText(LoadGenerator.Outcome o) {
        LoadGenerator.PlatformFigures p = o.platform();
        StringBuilder out = new StringBuilder();
        if (p == null) {
            return "";
        }
        if (p.rssBeforeStormKb() != null) {
            out.append(String.format(Locale.ROOT, "platform RSS: %d MiB before the storm, %d MiB after, %s MiB after the mix"
                            + " (%.1f KiB per connection over the storm)%n",
                    p.rssBeforeStormKb() / 1024, p.rssAfterStormKb() / 1024,
                    p.rssAfterMixKb() == null ? "?" : String.valueOf(p.rssAfterMixKb() / 1024),
                    o.ready() == 0 ? 0.0 : (p.rssAfterStormKb() - p.rssBeforeStormKb()) / (double) o.ready()));
        }
        Double perConnection = p.heapPerConnectionKb(o.ready());
        if (perConnection != null) {
            out.append(String.format(Locale.ROOT, "platform heap after full GC: %d MiB before the storm, %d MiB after, "
                            + "%s MiB after the mix (%.2f KiB per idle connection)%n",
                    p.heapBeforeStormKb() / 1024, p.heapAfterStormKb() / 1024,
                    p.heapAfterMixKb() == null ? "?" : String.valueOf(p.heapAfterMixKb() / 1024), perConnection));
        }
        if (p.dbRowsPerSecond() != null) {
            out.append(String.format(Locale.ROOT, "platform database during the mix: %.0f rows written/s, %s commits/s%n",
                    p.dbRowsPerSecond(), p.dbCommitsPerSecond() == null ? "?"
                            : String.format(Locale.ROOT, "%.0f", p.dbCommitsPerSecond())));
        }
        return out.toString();
    }

    private static String table(String phase, ActionStats stats, double seconds) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "  %-6s %-20s %9s %9s %8s %8s %8s %8s %7s%n", phase, "action", "count",
                "msg/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors"));
        Map<String, Histogram> latencies = stats.latencies();
        Map<String, Map<ActionStats.Failure, Long>> failures = stats.failures();
        TreeSet<String> actions = new TreeSet<>(latencies.keySet());
        actions.addAll(failures.keySet());
        for (String action : actions) {
            Histogram h = latencies.get(action);
            long count = h == null ? 0 : h.getTotalCount();
            long errors = failures.getOrDefault(action, Map.of()).values().stream().mapToLong(Long::longValue).sum();
            out.append(String.format(Locale.ROOT, "  %-6s %-20s %9d %9.0f %8.2f %8.2f %8.2f %8.2f %7d%n", "", action,
                    count, seconds > 0 ? count / seconds : 0, ms(h, 50), ms(h, 95), ms(h, 99),
                    h == null ? 0 : h.getMaxValue() / 1000.0, errors));
            if (errors > 0) {
                out.append(String.format(Locale.ROOT, "  %-6s   %s%n", "", failures.get(action)));
            }
        }
        return out.toString();
    }

    private static double ms(Histogram histogram, double percentile) {
        return histogram == null || histogram.getTotalCount() == 0 ? 0
                : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    public ObjectNode json() {
        ObjectMapper mapper = OcppJson.mapper();
        ObjectNode root = mapper.createObjectNode();
        ObjectNode env = root.putObject("environment");
        env.put("startedAt", environment.startedAt());
        env.put("commit", environment.commit());
        env.put("cores", environment.cores());
        env.put("memoryKb", environment.memoryKb());
        env.put("jvm", environment.jvm());
        env.put("os", environment.os());
        ObjectNode params = root.putObject("settings");
        params.put("stations", settings.stations());
        params.put("connecting", settings.connecting());
        params.put("mix", settings.mix().toString());
        params.put("protocol", settings.protocol().subprotocol());
        params.put("warmupSeconds", settings.warmup().toSeconds());
        params.put("durationSeconds", settings.duration().toSeconds());
        params.put("rate", settings.rate());
        params.put("callTimeoutSeconds", settings.callTimeout().toSeconds());
        params.put("basicAuth", settings.stationPassword() != null);
        var runArray = root.putArray("runs");
        for (Run run : runs) {
            LoadGenerator.Outcome o = run.outcome();
            ObjectNode node = runArray.addObject();
            node.put("label", run.label());
            node.put("target", run.target());
            node.put("stations", o.stations());
            node.put("ready", o.ready());
            ObjectNode lost = node.putObject("lost");
            o.lostReasons().forEach(lost::put);
            node.put("busyRetries", o.busyRetries());
            node.put("stormSeconds", o.stormSeconds());
            node.put("bootsPerSecond", run.bootsPerSecond());
            node.set("storm", actions(o.storm(), o.stormSeconds()));
            node.put("mixSeconds", o.mixSeconds());
            node.put("messagesPerSecond", run.messagesPerSecond());
            node.put("mixErrors", o.mixStats().failureCount());
            node.put("disconnects", o.disconnects());
            node.set("mix", actions(o.mixStats(), o.mixSeconds()));
            ObjectNode calls = node.putObject("callsFromCentralSystem");
            o.serverCalls().forEach(calls::put);
            LoadGenerator.PlatformFigures p = o.platform();
            if (p != null) {
                ObjectNode rss = node.putObject("platformRssKb");
                rss.put("beforeStorm", p.rssBeforeStormKb());
                rss.put("afterStorm", p.rssAfterStormKb());
                rss.put("afterMix", p.rssAfterMixKb());
                ObjectNode heap = node.putObject("platformHeapAfterFullGcKb");
                heap.put("beforeStorm", p.heapBeforeStormKb());
                heap.put("afterStorm", p.heapAfterStormKb());
                heap.put("afterMix", p.heapAfterMixKb());
                heap.put("perIdleConnection", p.heapPerConnectionKb(o.ready()));
                ObjectNode db = node.putObject("platformDatabase");
                db.put("rowsWrittenPerSecond", p.dbRowsPerSecond());
                db.put("commitsPerSecond", p.dbCommitsPerSecond());
            }
        }
        Double ratio = ceilingRatio();
        if (ratio != null) {
            root.put("messagesPerSecondRatioToCeiling", ratio);
        }
        return root;
    }

    private static ObjectNode actions(ActionStats stats, double seconds) {
        ObjectNode node = OcppJson.mapper().createObjectNode();
        Map<String, Histogram> latencies = stats.latencies();
        Map<String, Map<ActionStats.Failure, Long>> failures = stats.failures();
        TreeSet<String> names = new TreeSet<>(latencies.keySet());
        names.addAll(failures.keySet());
        for (String action : names) {
            Histogram h = latencies.get(action);
            ObjectNode a = node.putObject(action);
            long count = h == null ? 0 : h.getTotalCount();
            a.put("count", count);
            a.put("perSecond", seconds > 0 ? count / seconds : 0);
            a.put("p50Ms", ms(h, 50));
            a.put("p95Ms", ms(h, 95));
            a.put("p99Ms", ms(h, 99));
            a.put("maxMs", h == null ? 0 : h.getMaxValue() / 1000.0);
            ObjectNode errors = a.putObject("errors");
            failures.getOrDefault(action, Map.of()).forEach((failure, n) -> errors.put(failure.name(), n));
        }
        return node;
    }

    public void writeJson(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, OcppJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(json()) + "\n");
    }

    /** Where the numbers were taken. */
    public record Environment(String startedAt, String commit, int cores, long memoryKb, String jvm, String os) {

        public static Environment current() {
            return new Environment(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
                    gitCommit(), Runtime.getRuntime().availableProcessors(), totalMemoryKb(),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                    System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                            + System.getProperty("os.arch"));
        }

        private static long totalMemoryKb() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                    if (line.startsWith("MemTotal:")) {
                        return Long.parseLong(line.substring("MemTotal:".length()).replace("kB", "").trim());
                    }
                }
            } catch (IOException | NumberFormatException e) {
                return 0;
            }
            return 0;
        }

        private static String gitCommit() {
            try {
                Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
                String out = new String(git.getInputStream().readAllBytes()).trim();
                if (git.waitFor() == 0 && out.matches("[0-9a-f]{40}")) {
                    List<String> dirty = new ArrayList<>();
                    Process status = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no")
                            .redirectErrorStream(true).start();
                    String changes = new String(status.getInputStream().readAllBytes()).trim();
                    if (status.waitFor() == 0 && !changes.isEmpty()) {
                        dirty.add("+local changes");
                    }
                    return out + (dirty.isEmpty() ? "" : " " + String.join(" ", dirty));
                }
            } catch (IOException e) {
                return "unknown";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "unknown";
            }
            return "unknown";
        }
    }
}
