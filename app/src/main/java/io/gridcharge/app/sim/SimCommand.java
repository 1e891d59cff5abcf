package io.gridcharge.app.sim;

import io.gridcharge.app.BuildInfo;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gridcharge sim}: runs a scenario against any OCPP 1.6J or 2.0.1 central system (issues 6, 4). */
@Command(name = "sim", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        versionProvider = BuildInfo.class,
        description = {"Smart-grid simulator: homes with PV, parking lots behind a transformer, feeders and lossy "
                + "links; every charger is an OCPP station (1.6J, or 2.0.1 with --ocpp) on the central system at --csms, "
                + "in accelerated time.",
                "Writes CSV time series, PNG and SVG charts and a summary table to --out.",
                "",
                "Without --csms the models run alone, as fast as they can. Against GridCharge add --api and "
                        + "--admin-password to register the stations and id tokens first."})
public final class SimCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "A bundled scenario (residential-street, workplace-lot, district-feeder) or a YAML file.")
    private String scenario;

    @Option(names = "--csms", paramLabel = "WS-URL", description = "OCPP endpoint, e.g. ws://127.0.0.1:8180/ocpp; "
            + "the station id is appended.")
    private URI csms;

    @CommandLine.Mixin
    private Pace pace;

    @Option(names = "--out", paramLabel = "DIR", description = "Results directory (default: sim-results/SCENARIO-SEED).")
    private Path out;

    @Option(names = "--trace", paramLabel = "FILE", description = "ACN-Data session file: parking lots take their "
            + "arrivals from it (e.g. ../shared/workloads/acn-jpl-2021-sessions.json).")
    private Path trace;

    @Option(names = "--trace-day", paramLabel = "DATE", defaultValue = "2021-09-09",
            description = "The trace day whose sessions are replayed (default: ${DEFAULT-VALUE}).")
    private LocalDate traceDay;

    @Option(names = "--station-password", paramLabel = "PASSWORD", description = "Basic Auth password of every station.")
    private String stationPassword;

    @Option(names = "--api", paramLabel = "HTTP-URL", description = "GridCharge's HTTP base URL: register stations "
            + "and id tokens there first.")
    private URI api;

    @Option(names = "--admin-password", paramLabel = "PASSWORD", defaultValue = "${env:GRIDCHARGE_ADMIN_PASSWORD}",
            description = "Password of user admin for --api (default: $GRIDCHARGE_ADMIN_PASSWORD).")
    private String adminPassword;

    @Override
    public Integer call() throws Exception {
        pace.check(spec.commandLine());
        if (api != null && (adminPassword == null || adminPassword.isEmpty())) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--api needs --admin-password (or GRIDCHARGE_ADMIN_PASSWORD)");
        }
        Path results = out != null ? out : Path.of("sim-results", Path.of(scenario).getFileName().toString()
                .replaceFirst("\\.ya?ml$", "") + "-" + pace.seed);
        var request = new SimulatorRunner.Request(scenario, csms, pace.speed, pace.seed, results, trace, traceDay,
                stationPassword, pace.protocol);
        io.gridcharge.sim.grid.Network network;
        try {
            network = SimulatorRunner.network(request);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        try {
            if (api != null) {
                SimulatorRunner.register(api, adminPassword, network, stationPassword, System.out);
            }
            SimulatorRunner.run(request, network, System.out);
            return 0;
        } catch (IllegalStateException | java.io.IOException failed) {
            System.err.println("gridcharge sim: " + failed.getMessage());
            return 1;
        }
    }
}
