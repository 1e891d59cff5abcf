package io.gridcharge.app;

import picocli.CommandLine.Command;

@Command(name = "version", mixinStandardHelpOptions = true, description = "Print GridCharge's version and the Java it runs on.")
final class VersionCommand implements Runnable {
    @Override
    public void run() {
        for (String line : new BuildInfo().getVersion()) {
            System.out.println(line);
        }
    }
}
