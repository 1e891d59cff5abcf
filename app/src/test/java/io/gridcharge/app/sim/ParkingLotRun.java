package io.gridcharge.app.sim;

import io.gridcharge.app.testing.PlatformFixture;
import io.gridcharge.bench.PlatformRegistration;
import io.gridcharge.sim.charger.ChargerModel;
import io.gridcharge.sim.charger.CompletedTransaction;
import io.gridcharge.sim.grid.Network;
import io.gridcharge.sim.run.FleetProtocol;
import io.gridcharge.sim.run.SimulationRun;
import io.gridcharge.sim.scenario.NetworkBuilder;
import io.gridcharge.sim.scenario.Scenarios;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * The simulator ITs' parking lot (four two-connector AC chargers on a 4G link with outages, a workplace's
 * arrivals) run for four simulated hours against a platform over real OCPP, its stations and cards registered
 * through the API first.
 */
record ParkingLotRun(Network network, SimulationRun.Outcome outcome) {
    private static final String SCENARIO = """
            name: %s
            start: 2021-06-15T05:30:00Z
            hours: 4
            timeZone: Europe/Berlin
            stationPrefix: %s
            meterValueSampleSeconds: 600
            feeders:
              - id: F
                limitKw: 100
                sites:
                  - id: LOT
                    kind: parking-lot
                    ratingKw: 60
                    baseLoadKwhPerYear: 20000
                    link: 4G
                    outagesPerDay: 12
                    chargers:
                      - {count: 4, type: AC, connectors: 2, maxKw: 11}
                    arrivals: {profile: workplace, perConnectorPerDay: 1.0}
            """;

    static ParkingLotRun against(PlatformFixture platform, Path directory, String name, String stationPrefix,
                                 FleetProtocol protocol) throws Exception {
        Path file = directory.resolve(name + ".yaml");
        Files.writeString(file, SCENARIO.formatted(name, stationPrefix));
        Network network = new NetworkBuilder(7).build(Scenarios.load(file.toString()));
        List<String> stations = network.chargers().stream().map(c -> c.spec().stationId()).toList();
        new PlatformRegistration(URI.create(platform.httpUrl()))
                .register(PlatformFixture.ADMIN_PASSWORD, stations, null, network.idTags());
        var options = new SimulationRun.Options(URI.create(platform.ocppUrl()), null, 1200, 7,
                directory.resolve("results"), ZoneId.of("Europe/Berlin"), Duration.ofSeconds(30),
                Duration.ofSeconds(60), protocol);
        SimulationRun.Outcome outcome = new SimulationRun(options, new SimulationRun.Console() {
            @Override
            public void progress(String line) {
            }

            @Override
            public void event(String line) {
            }
        }).run(network);
        return new ParkingLotRun(network, outcome);
    }

    /** The charges the simulated chargers completed. */
    List<CompletedTransaction> simulated() {
        return network.chargers().stream().map(ChargerModel::completedTransactions).flatMap(List::stream).toList();
    }
}
