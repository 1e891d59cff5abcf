package io.gridcharge.app.sim;

import io.gridcharge.sim.run.FleetProtocol;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options {@code sim} and {@code demo} share: how fast simulated time runs, the seed of the run, and the
 * OCPP version its stations speak.
 */
final class Pace {
    @Option(names = "--speed", paramLabel = "FACTOR", defaultValue = "60",
            description = "Simulated seconds per real second (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--ocpp", paramLabel = "VERSION", defaultValue = "1.6",
            description = "OCPP version of the simulated stations: 1.6, 2.0.1, or mixed (every other station "
                    + "2.0.1) (default: ${DEFAULT-VALUE}).")
    String ocpp;

    FleetProtocol protocol;

    void check(CommandLine commandLine) {
        try {
            protocol = FleetProtocol.of(ocpp);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, "--ocpp: " + e.getMessage());
        }
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new CommandLine.ParameterException(commandLine, "--speed must be a positive number, not " + speed);
        }
    }
}
