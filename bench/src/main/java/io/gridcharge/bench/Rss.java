package io.gridcharge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The resident set size of a process, from Linux's /proc/PID/status. */
final class Rss {
    private Rss() {
    }

    /** VmRSS in kB, or null when there is no pid or the file cannot be read (not Linux, process gone). */
    static Long kilobytes(Long pid) {
        if (pid == null) {
            return null;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid.toString(), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring("VmRSS:".length()).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return null;
        }
        return null;
    }
}
