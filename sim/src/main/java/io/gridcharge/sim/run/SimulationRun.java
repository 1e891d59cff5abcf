package io.gridcharge.sim.run;

import io.gridcharge.sim.charger.ChargerModel;
import io.gridcharge.sim.grid.Network;
import io.gridcharge.sim.grid.Reading;
import io.gridcharge.sim.grid.Site;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.sim.ocpp16.Ocpp16Station;
import io.gridcharge.sim.ocpp201.Ocpp201Station;
import io.gridcharge.sim.report.ResultWriter;
import io.gridcharge.sim.report.SummaryRow;
import io.gridcharge.sim.station.SimulatedStation;
import io.gridcharge.sim.station.StationLog;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run end to end: every charger of the network connects to the central system as an OCPP station (1.6J,
 * 2.0.1 or a mix of both, as {@link FleetProtocol} says) and boots, the simulation runs at the clock's pace, the stations send what is still queued, and the results are
 * written. Without a central system the same run happens offline, unpaced.
 */
public final class SimulationRun {
    /** Where a run reports: a progress line that replaces itself, and events a person may want to read. */
    public interface Console {
        void progress(String line);

        void event(String line);
    }

    /**
     * @param csms the central system's OCPP endpoint (station ids are appended), or null for an offline run
     * @param stationPassword Basic Auth password of every station, or null
     * @param protocol the OCPP version(s) the stations speak
     */
    public record Options(URI csms, String stationPassword, double speed, long seed, Path out, ZoneId zone,
                          Duration connectTimeout, Duration drainTimeout, FleetProtocol protocol) {
        /** A fleet of OCPP 1.6J stations. */
        public Options(URI csms, String stationPassword, double speed, long seed, Path out, ZoneId zone,
                       Duration connectTimeout, Duration drainTimeout) {
            this(csms, stationPassword, speed, seed, out, zone, connectTimeout, drainTimeout, FleetProtocol.OCPP16);
        }
    }

    /** What a run produced, with the stations that spoke OCPP (empty offline). */
    public record Outcome(RunResult result, List<SummaryRow> summary, Map<String, SimulatedStation> stations,
                          long unsent) {
    }

    private static final int CONNECTING_AT_ONCE = 4;

    private final Options options;
    private final Console console;

    public SimulationRun(Options options, Console console) {
        this.options = options;
        this.console = console;
    }

    public Outcome run(Network network) throws InterruptedException {
        SimulationClock clock = options.csms() == null ? SimulationClock.unpaced(network.start())
                : SimulationClock.paced(network.start(), options.speed());
        Map<String, SimulatedStation> stations = new LinkedHashMap<>();
        try {
            if (options.csms() != null) {
                connect(network, clock, stations);
            }
            clock.begin();
            RunResult result = new Simulation(network, clock, options.seed(), observer(network, stations)).run();
            long unsent = 0;
            for (SimulatedStation station : stations.values()) {
                if (!station.drain(options.drainTimeout())) {
                    unsent += station.queued();
                }
            }
            console.progress("");
            List<SummaryRow> summary = new ResultWriter(options.out(), options.zone()).write(result);
            return new Outcome(result, summary, stations, unsent);
        } finally {
            closeAll(stations.values());
        }
    }

    private void connect(Network network, SimulationClock clock, Map<String, SimulatedStation> stations)
            throws InterruptedException {
        List<ChargerModel> chargers = network.chargers();
        AtomicInteger booted = new AtomicInteger();
        for (Site site : network.sites()) {
            for (ChargerModel charger : site.chargers()) {
                String id = charger.spec().stationId();
                long seed = options.seed() ^ id.hashCode();
                StationLog log = line -> console.event(String.format(Locale.ROOT, "[%s] %s",
                        clock.now().atZone(options.zone()).toLocalTime().withNano(0), line));
                stations.put(id, options.protocol().versionOf(stations.size()) == OcppVersion.V201
                        ? new Ocpp201Station(charger, options.csms(), options.stationPassword(), site.link(), seed,
                                clock, log)
                        : new Ocpp16Station(charger, options.csms(), options.stationPassword(), site.link(), seed,
                                clock, log));
            }
        }
        // Stations boot in parallel, a few at a time: a central system may pace handshakes (GridCharge answers 503
        // while too many password checks run), and a station refused so waits before it tries again.
        try (ExecutorService starting = Executors.newFixedThreadPool(Math.min(CONNECTING_AT_ONCE, chargers.size()),
                Thread.ofVirtual().factory())) {
            List<Future<?>> started = new ArrayList<>();
            for (SimulatedStation station : stations.values()) {
                started.add(starting.submit(() -> {
                    station.start(options.connectTimeout());
                    console.progress(String.format(Locale.ROOT, "connecting stations: %d/%d booted",
                            booted.incrementAndGet(), stations.size()));
                    return null;
                }));
            }
            for (Future<?> future : started) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException failed) {
                    starting.shutdownNow(); // one station that cannot boot ends the run; the others stop trying
                    throw failed.getCause() instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException(failed.getCause());
                }
            }
        }
        console.event(String.format(Locale.ROOT, "%d stations connected to %s and booted (OCPP %s)",
                stations.size(), options.csms(), options.protocol()));
    }

    private Simulation.Observer observer(Network network, Map<String, SimulatedStation> stations) {
        long steps = network.length().dividedBy(network.step());
        return new Simulation.Observer() {
            private long step;

            @Override
            public void linkChanged(String stationId, boolean up) {
                SimulatedStation station = stations.get(stationId);
                if (station != null) {
                    station.setLinkUp(up);
                }
            }

            @Override
            public void stepped(Instant at, Reading substation) {
                step++;
                int charging = 0;
                for (ChargerModel charger : network.chargers()) {
                    for (int c = 1; c <= charger.spec().connectors(); c++) {
                        charging += charger.powerW(c) > 0 ? 1 : 0;
                    }
                }
                String line = String.format(Locale.ROOT,
                        "%s  %3d%%  cars charging %3d  EV %7.1f kW  PV %6.1f kW  net %7.1f kW",
                        at.atZone(options.zone()).toLocalDateTime(), 100 * step / Math.max(1, steps), charging,
                        substation.evW() / 1000, substation.pvW() / 1000, substation.netW() / 1000);
                if (!stations.isEmpty()) {
                    line += String.format(Locale.ROOT, "  | OCPP: %d transactions, %d meter values, %d queued",
                            sum(stations, SimulatedStation::transactionsStarted),
                            sum(stations, SimulatedStation::meterValuesSent), sum(stations, SimulatedStation::queued));
                }
                console.progress(line);
            }
        };
    }

    private static long sum(Map<String, SimulatedStation> stations, java.util.function.ToLongFunction<SimulatedStation> count) {
        return stations.values().stream().mapToLong(count).sum();
    }

    private static void closeAll(Iterable<SimulatedStation> stations) {
        try (ExecutorService closing = Executors.newVirtualThreadPerTaskExecutor()) {
            for (SimulatedStation station : stations) {
                closing.submit(station::close);
            }
        }
    }
}
