package io.gridcharge.app.sim;

import io.gridcharge.sim.run.SimulationRun;
import java.io.PrintStream;

/**
 * The simulator's console: a progress line that rewrites itself on a terminal (at most a few times a second) and
 * is printed every ten seconds into a log otherwise; events as lines of their own.
 */
final class ConsoleProgress implements SimulationRun.Console {
    private final PrintStream out;
    private final boolean terminal = System.console() != null;
    private final long intervalNanos;
    private long lastNanos;
    private int lastLength;

    ConsoleProgress(PrintStream out) {
        this.out = out;
        this.intervalNanos = terminal ? 250_000_000L : 10_000_000_000L;
    }

    @Override
    public synchronized void progress(String line) {
        long now = System.nanoTime();
        if (!line.isEmpty() && now - lastNanos < intervalNanos) {
            return;
        }
        lastNanos = now;
        if (terminal) {
            out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())) + (line.isEmpty() ? "\r" : ""));
            lastLength = line.length();
        } else if (!line.isEmpty()) {
            out.println(line);
        }
        out.flush();
    }

    @Override
    public synchronized void event(String line) {
        if (terminal && lastLength > 0) {
            out.print("\r" + " ".repeat(lastLength) + "\r");
            lastLength = 0;
            lastNanos = 0;
        }
        out.println(line);
        out.flush();
    }
}
