package io.gridcharge.app;

import io.gridcharge.bench.BareCentralSystem;
import io.gridcharge.bench.BenchReport;
import io.gridcharge.bench.BenchSettings;
import io.gridcharge.bench.Benchmark;
import io.gridcharge.bench.Mix;
import io.gridcharge.bench.micro.MicroBenchmarks;
import io.gridcharge.ocpp.OcppVersion;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gridcharge bench}: the load benchmark of issue 5 (code in the bench module). */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        versionProvider = BuildInfo.class,
        description = {"Load benchmark: N simulated OCPP 1.6 stations connect in a storm (BootNotification, then "
                + "StatusNotification for connector 1), then send a message mix for a set time at one outstanding "
                + "call per station. Prints a table (and JSON with --out): storm time, boots/s, messages/s and "
                + "latency p50/p95/p99/max per action, errors.",
                "",
                "Against GridCharge: ./gridcharge bench --api http://127.0.0.1:8080 --admin-password ... "
                        + "(registers BENCH-00001... first). Against any CSMS: --url only. The ceiling of this "
                        + "machine: --target bare, or --compare after the target.",
                "",
                "Micro-benchmarks (JMH) of the OCPP codec and domain hot paths: --micro [PATTERN]."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--url", paramLabel = "WS-URL", defaultValue = "ws://127.0.0.1:8180/ocpp",
            description = "OCPP endpoint; the station id is appended (default: ${DEFAULT-VALUE}).")
    private URI url;

    @Option(names = "--stations", paramLabel = "N", defaultValue = "1000", description = "Stations BENCH-00001..N (default: ${DEFAULT-VALUE}).")
    private int stations;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "30", description = "Measured mix time (default: ${DEFAULT-VALUE}).")
    private int duration;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "5", description = "Mix time before measuring, not counted (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--mix", paramLabel = "WEIGHTS", defaultValue = Mix.DEFAULT,
            description = "Weights of heartbeat, status, meter and tx (Authorize, StartTransaction, MeterValues, StopTransaction) (default: ${DEFAULT-VALUE}).")
    private String mix;

    @Option(names = "--station-password", paramLabel = "PASSWORD", description = "Basic Auth password of every station (default: none).")
    private String stationPassword;

    @Option(names = "--connecting", paramLabel = "N", defaultValue = "500",
            description = "Stations connecting and booting at once during the storm (default: ${DEFAULT-VALUE}).")
    private int connecting;

    @Option(names = "--storm-timeout", paramLabel = "SECONDS", defaultValue = "300", description = "Longest the storm may take (default: ${DEFAULT-VALUE}).")
    private int stormTimeout;

    @Option(names = "--call-timeout", paramLabel = "SECONDS", defaultValue = "30", description = "A call unanswered this long counts as a timeout (default: ${DEFAULT-VALUE}).")
    private int callTimeout;

    @Option(names = "--id-tag", paramLabel = "ID", defaultValue = BenchSettings.DEFAULT_ID_TAG, description = "Prefix of the tx mix's id tokens: each station charges with its own, PREFIX-00001 upwards (default: ${DEFAULT-VALUE}).")
    private String idTag;

    @Option(names = "--api", paramLabel = "HTTP-URL", description = "GridCharge's HTTP base URL: register the stations (and the id token for tx) there first; 409s are skipped.")
    private URI api;

    @Option(names = "--admin-password", paramLabel = "PASSWORD", defaultValue = "${env:GRIDCHARGE_ADMIN_PASSWORD}",
            description = "Password of user admin for --api (default: $GRIDCHARGE_ADMIN_PASSWORD).")
    private String adminPassword;

    @Option(names = "--target", paramLabel = "url|bare", defaultValue = "url",
            description = "url: the --url endpoint; bare: an in-process bare Netty server, the ceiling (default: ${DEFAULT-VALUE}).")
    private String target;

    @Option(names = "--compare", description = "After the --url run, the same against an in-process bare server; prints target/ceiling messages/s.")
    private boolean compare;

    @Option(names = "--bare", paramLabel = "PORT", description = "Only run the bare server on PORT (ws://127.0.0.1:PORT/ocpp/{id}) until stopped.")
    private Integer barePort;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the report as JSON to FILE.")
    private Path out;

    @Option(names = "--platform-pid", paramLabel = "PID", description = "Read this process's RSS (/proc/PID/status) and its heap after a full GC (jcmd, same machine) before and after the storm and after the mix.")
    private Long platformPid;

    @Option(names = "--rate", paramLabel = "MSG/S", description = "Pace the mix at this many messages/s in all, each station waiting its share between calls, as real stations do (default: closed loop, each station's next call on the last one's answer).")
    private Integer rate;

    @Option(names = "--protocol", paramLabel = "1.6|2.0.1", defaultValue = "1.6",
            description = "OCPP version the stations speak: 1.6 or 2.0.1 (default: ${DEFAULT-VALUE}).")
    private String protocol;

    @Option(names = "--report-every", paramLabel = "SECONDS", description = "Print messages/s, p99, the platform's RSS and live heap every SECONDS of the measured mix (long runs).")
    private Integer reportEvery;

    @Option(names = "--micro", paramLabel = "PATTERN", arity = "0..1", fallbackValue = "",
            description = "Run the JMH micro-benchmarks whose names match PATTERN (all without one) instead of the load benchmark.")
    private String micro;

    @Override
    public Integer call() throws Exception {
        if (micro != null) {
            MicroBenchmarks.run(micro);
            return 0;
        }
        if (barePort != null) {
            try (BareCentralSystem bare = new BareCentralSystem()) {
                int port = bare.start("127.0.0.1", barePort);
                System.out.println("Bare central system on ws://127.0.0.1:" + port + "/ocpp/{stationId}; Ctrl-C to stop.");
                bare.awaitClose();
            }
            return 0;
        }
        if (!target.equals("url") && !target.equals("bare")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--target must be url or bare");
        }
        if (api != null && (adminPassword == null || adminPassword.isEmpty())) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--api needs --admin-password (or GRIDCHARGE_ADMIN_PASSWORD)");
        }
        Mix weights;
        BenchSettings settings;
        try {
            weights = Mix.parse(mix);
            settings = new BenchSettings(url, stations, stationPassword, connecting, Duration.ofSeconds(stormTimeout),
                    Duration.ofSeconds(warmup), Duration.ofSeconds(duration), weights, Duration.ofSeconds(callTimeout),
                    idTag, platformPid, api == null ? null : api.resolve("/metrics"),
                    reportEvery == null ? null : Duration.ofSeconds(reportEvery), rate,
                    OcppVersion.ofSubprotocol("ocpp" + protocol).orElseThrow(() -> new IllegalArgumentException(
                            "--protocol must be 1.6 or 2.0.1, not " + protocol)));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        BenchReport report = new Benchmark(line -> System.err.println("bench: " + line))
                .run(settings, target.equals("url") ? api : null, adminPassword, target.equals("bare"), compare);
        System.out.print(report.text());
        if (out != null) {
            report.writeJson(out);
            System.out.println("JSON report: " + out);
        }
        return 0;
    }
}
