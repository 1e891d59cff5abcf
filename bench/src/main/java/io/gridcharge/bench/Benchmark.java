package io.gridcharge.bench;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A whole benchmark: optionally registers the stations through GridCharge's API, runs the storm and the mix
 * against the target, and, with compare, the same against an in-process {@link BareCentralSystem}.
 */
public final class Benchmark {
    private static final java.time.Duration SETTLE = java.time.Duration.ofSeconds(10);

    private final Consumer<String> progress;

    public Benchmark(Consumer<String> progress) {
        this.progress = progress;
    }

    /**
     * @param settings      the run; its target is ignored when {@code bareOnly}
     * @param api           GridCharge's HTTP base URL to register stations at first, or null to only connect
     * @param adminPassword admin's password for api
     * @param bareOnly      measure an in-process bare server instead of the target
     * @param compare       after the target, measure an in-process bare server with the same settings
     */
    public BenchReport run(BenchSettings settings, URI api, String adminPassword, boolean bareOnly, boolean compare)
            throws IOException, InterruptedException {
        BenchReport.Environment environment = BenchReport.Environment.current();
        List<BenchReport.Run> runs = new ArrayList<>();
        if (bareOnly) {
            runs.add(runBare(settings));
        } else {
            if (api != null) {
                progress.accept("registering " + settings.stations() + " stations at " + api);
                PlatformRegistration.Registered registered = new PlatformRegistration(api).register(adminPassword,
                        settings, settings.mix().includes(Mix.Kind.TX));
                progress.accept("registered " + registered.created() + " new, " + registered.existing() + " existed");
            }
            runs.add(new BenchReport.Run("target", settings.target().toString(),
                    new LoadGenerator(settings, progress).run()));
            if (compare) {
                // The target may still be writing behind (checkpoints, vacuum) and would take CPU from the ceiling.
                progress.accept("letting the target settle for " + SETTLE.toSeconds() + " s");
                Thread.sleep(SETTLE.toMillis());
                runs.add(runBare(settings));
            }
        }
        return new BenchReport(environment, settings, runs);
    }

    private BenchReport.Run runBare(BenchSettings settings) throws InterruptedException {
        try (BareCentralSystem bare = new BareCentralSystem()) {
            int port = bare.start("127.0.0.1", 0);
            URI target = URI.create("ws://127.0.0.1:" + port + "/ocpp");
            progress.accept("bare central system (the ceiling) on " + target);
            return new BenchReport.Run("bare", target.toString(),
                    new LoadGenerator(settings.withTarget(target), progress).run());
        }
    }
}
