package io.gridcharge.app;

import io.gridcharge.app.sim.DemoCommand;
import io.gridcharge.app.sim.SimCommand;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gridcharge} command line. {@code ./gridcharge test} is handled by the launcher script. */
@Command(name = "gridcharge", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, versionProvider = BuildInfo.class,
        description = {"GridCharge: an EV charging platform for the smart grid.", "",
                "Run the platform with 'serve'; run the test suite with './gridcharge test'."},
        subcommands = {ServeCommand.class, BenchCommand.class, SimCommand.class, DemoCommand.class, VersionCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        // The domain logs through the JDK's logging (it may use no framework); send that to the same log.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        ServeCommand.addSettingOptions(cli.getSubcommands().get("serve"));
        return cli;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
