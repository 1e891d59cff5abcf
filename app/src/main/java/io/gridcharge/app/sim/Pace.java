package io.gridcharge.app.sim;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options {@code sim} and {@code demo} share: how fast simulated time runs and the seed of the run. */
final class Pace {
    @Option(names = "--speed", paramLabel = "FACTOR", defaultValue = "60",
            description = "Simulated seconds per real second (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    void check(CommandLine commandLine) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new CommandLine.ParameterException(commandLine, "--speed must be a positive number, not " + speed);
        }
    }
}
