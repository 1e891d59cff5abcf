package io.gridcharge.app.sim;

import io.gridcharge.app.BuildInfo;
import io.gridcharge.app.Platform;
import io.gridcharge.app.config.Setting;
import io.gridcharge.app.config.Settings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gridcharge demo}: the platform on its embedded defaults (its own data directory, so a demo never touches
 * the data of {@code serve}), a bundled scenario's stations and id tokens registered through the REST API, and
 * the simulator driving them over OCPP; then it keeps serving so the results can be looked at.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        versionProvider = BuildInfo.class,
        description = {"Starts the platform and a bundled scenario against it: stations connect, cars charge, "
                + "transactions and meter values appear in the API. Prints where to look."})
public final class DemoCommand implements Callable<Integer> {
    private static final String PASSWORD_FILE = "demo-admin-password";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "NAME|FILE", defaultValue = "district-feeder",
            description = "Bundled scenario or YAML file (default: ${DEFAULT-VALUE}).")
    private String scenario;

    @CommandLine.Mixin
    private Pace pace;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "./demo-data",
            description = "The demo platform's data directory (default: ${DEFAULT-VALUE}).")
    private Path dataDir;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "8080", description = "REST API port (default: ${DEFAULT-VALUE}).")
    private int httpPort;

    @Option(names = "--ocpp-port", paramLabel = "PORT", defaultValue = "8180", description = "OCPP port (default: ${DEFAULT-VALUE}).")
    private int ocppPort;

    @Option(names = "--out", paramLabel = "DIR", description = "Results directory (default: DATA-DIR/results).")
    private Path out;

    @Option(names = "--exit", description = "Stop the platform when the scenario ends, instead of serving on.")
    private boolean exitAfter;

    @Override
    public Integer call() throws Exception {
        pace.check(spec.commandLine());
        Files.createDirectories(dataDir);
        String adminPassword = adminPassword();
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        flags.put(Setting.DATA_DIR, dataDir.toString());
        flags.put(Setting.HTTP_PORT, Integer.toString(httpPort));
        flags.put(Setting.OCPP_PORT, Integer.toString(ocppPort));
        flags.put(Setting.ADMIN_PASSWORD, adminPassword);
        Settings settings = Settings.resolve(flags, System.getenv(), null);
        Path results = out != null ? out : dataDir.resolve("results");
        var request = new SimulatorRunner.Request(scenario, null, pace.speed, pace.seed, results, null, null, null,
                pace.protocol);
        io.gridcharge.sim.grid.Network network;
        try {
            network = SimulatorRunner.network(request);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }

        Platform platform = Platform.start(settings, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            stopped.countDown();
        }, "gridcharge-demo-shutdown"));
        String api = "http://127.0.0.1:" + platform.httpPort();
        SimulatorRunner.register(URI.create(api), adminPassword, network, null, System.out);
        System.out.printf("""

                Where to look while it runs:
                  API:           %1$s/api/v1  (log in as admin / %2$s; the password is kept in %3$s)
                  Stations:      curl -s %1$s/api/v1/stations -H "authorization: Bearer $TOKEN"
                  Transactions:  curl -s %1$s/api/v1/transactions -H "authorization: Bearer $TOKEN"
                  Results:       %4$s (CSV, PNG and SVG charts, summary.txt, when the scenario ends)
                  Get a token:   TOKEN=$(curl -s %1$s/api/v1/auth/login -H 'content-type: application/json' \\
                                   -d '{"username":"admin","password":"%2$s"}' | sed 's/.*"token":"\\([^"]*\\)".*/\\1/')

                """, api, adminPassword, dataDir.resolve(PASSWORD_FILE), results.toAbsolutePath());
        SimulatorRunner.run(request.against(URI.create("ws://127.0.0.1:" + platform.ocppPort() + "/ocpp")), network,
                System.out);
        if (exitAfter) {
            platform.close();
            return 0;
        }
        System.out.printf("%nThe scenario has ended; the platform keeps serving at %s. Ctrl-C to stop.%n", api);
        stopped.await();
        return 0;
    }

    /**
     * GRIDCHARGE_ADMIN_PASSWORD if set; else the one an earlier demo chose, kept readable by the owner only in the
     * demo's data directory (the platform keeps only a hash, and the demo must log in to register its stations).
     */
    private String adminPassword() throws IOException {
        String fromEnvironment = System.getenv("GRIDCHARGE_ADMIN_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        Path file = dataDir.resolve(PASSWORD_FILE);
        if (Files.isRegularFile(file)) {
            return Files.readString(file).strip();
        }
        SecureRandom random = new SecureRandom();
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder password = new StringBuilder("Demo-");
        for (int i = 0; i < 12; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        password.append("-7!");
        Files.writeString(file, password + "\n");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions: the data directory's own protection applies
        }
        return password.toString();
    }
}
