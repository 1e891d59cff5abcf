package io.gridcharge.app.sim;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.gridcharge.bench.PlatformRegistration;
import io.gridcharge.sim.grid.Network;
import io.gridcharge.sim.report.SummaryTable;
import io.gridcharge.sim.run.FleetProtocol;
import io.gridcharge.sim.run.SimulationRun;
import io.gridcharge.sim.scenario.NetworkBuilder;
import io.gridcharge.sim.scenario.Scenario;
import io.gridcharge.sim.scenario.Scenarios;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.slf4j.LoggerFactory;

/** What {@code sim} and {@code demo} share: build the network, register it on GridCharge if asked, run, report. */
final class SimulatorRunner {
    /** How a run is asked for on the command line. */
    record Request(String scenario, URI csms, double speed, long seed, Path out, Path trace, LocalDate traceDay,
                   String stationPassword, FleetProtocol protocol) {
        Request against(URI centralSystem) {
            return new Request(scenario, centralSystem, speed, seed, out, trace, traceDay, stationPassword, protocol);
        }
    }

    private SimulatorRunner() {
    }

    static Network network(Request request) {
        Scenario scenario = Scenarios.load(request.scenario());
        return new NetworkBuilder(request.seed(), request.trace(), request.traceDay()).build(scenario);
    }

    static ZoneId zoneOf(Request request) {
        return ZoneId.of(Objects.requireNonNullElse(Scenarios.load(request.scenario()).timeZone(), "UTC"));
    }

    /** Registers the network's stations (Accepted) and its cars' id tokens on a GridCharge API. */
    static void register(URI api, String adminPassword, Network network, String stationPassword, PrintStream out)
            throws Exception {
        List<String> stations = network.chargers().stream().map(c -> c.spec().stationId()).toList();
        var registered = new PlatformRegistration(api).register(adminPassword, stations, stationPassword,
                network.idTags());
        out.printf("Registered %d stations (%d already known) and %d id tokens at %s%n", registered.created(),
                registered.existing(), network.idTags().size(), api);
    }

    static SimulationRun.Outcome run(Request request, Network network, PrintStream out) throws InterruptedException {
        quietLibraries();
        var options = new SimulationRun.Options(request.csms(), request.stationPassword(), request.speed(),
                request.seed(), request.out(), zoneOf(request), Duration.ofSeconds(30), Duration.ofSeconds(60), request.protocol());
        Duration real = request.csms() == null ? Duration.ZERO
                : Duration.ofNanos((long) (network.length().toNanos() / request.speed()));
        out.printf("Scenario %s: %d sites, %d stations, %d cars, %s simulated from %s%s%n", network.title(),
                network.sites().size(), network.chargers().size(), network.idTags().size(), network.length(),
                network.start(), request.csms() == null ? " (offline, no central system)"
                        : " over OCPP " + request.protocol() + " at " + request.speed() + "x, about "
                                + real.toMinutes() + " min " + real.toSecondsPart() + " s of real time");
        var outcome = new SimulationRun(options, new ConsoleProgress(out)).run(network);
        out.println();
        out.print(SummaryTable.text(outcome.summary()));
        out.printf("%nResults (CSV, PNG and SVG per site, feeder and substation; summary.txt): %s%n",
                request.out().toAbsolutePath());
        if (outcome.unsent() > 0) {
            out.printf("Warning: %d OCPP messages could not be delivered before the end%n", outcome.unsent());
        }
        return outcome;
    }

    /** The stations' and the gateway's per-connection lines would bury the progress line; warnings still show. */
    static void quietLibraries() {
        for (String name : List.of("io.gridcharge.ocpp", "io.gridcharge.gateway", "io.gridcharge.sim")) {
            if (LoggerFactory.getLogger(name) instanceof Logger logger) {
                logger.setLevel(Level.WARN);
            }
        }
    }
}
