package io.gridcharge.app;

import io.gridcharge.app.config.Setting;
import io.gridcharge.app.config.Settings;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gridcharge serve}: runs the platform until SIGTERM or Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Run the platform: OCPP gateway, REST API and database (embedded by default).",
                "Every option is also an environment variable GRIDCHARGE_<NAME> and a key <name> in gridcharge.yaml.",
                "A flag wins over the environment, which wins over the file."})
final class ServeCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: ./gridcharge.yaml if present).")
    private Path configFile = Path.of("gridcharge.yaml");

    /** The options come from {@link Setting}, so flags, environment, file and README cannot drift apart. */
    static void addSettingOptions(CommandLine serve) {
        for (Setting setting : Setting.values()) {
            String fallback = setting.defaultValue() == null ? "unset" : "'" + setting.defaultValue() + "'";
            serve.getCommandSpec().addOption(OptionSpec.builder(setting.flag())
                    .paramLabel(setting.key().toUpperCase(java.util.Locale.ROOT).replace('-', '_'))
                    .type(String.class)
                    .description(setting.description() + " Env " + setting.environmentVariable()
                            + "; default " + fallback + ".")
                    .build());
        }
    }

    @Override
    public Integer call() throws Exception {
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            String value = spec.findOption(setting.flag()).getValue();
            if (value != null) {
                flags.put(setting, value);
            }
        }
        Settings settings;
        try {
            settings = Settings.resolve(flags, System.getenv(), configFile);
        } catch (IllegalArgumentException e) {
            System.err.println("gridcharge serve: " + e.getMessage());
            return 2;
        }
        Platform platform = Platform.start(settings, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            stopped.countDown();
        }, "gridcharge-shutdown"));
        stopped.await();
        return 0;
    }
}
