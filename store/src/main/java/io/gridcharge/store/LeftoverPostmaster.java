package io.gridcharge.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server that outlived the JVM that started it (kill -9, OOM kill): the postmaster is a daemon,
 * not a child that dies with us. Found through {@code postmaster.pid}, whose first line is its pid, and stopped
 * before a new one starts on the same data directory, which would otherwise refuse to start.
 */
final class LeftoverPostmaster {
    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);
    private static final Duration FAST_SHUTDOWN_WAIT = Duration.ofSeconds(60);
    private static final Duration IMMEDIATE_SHUTDOWN_WAIT = Duration.ofSeconds(10);

    private LeftoverPostmaster() {
    }

    /** Stops the server a previous process left running on {@code pgdata}, or clears its stale pid file. */
    static void stopIfRunning(Path pgdata) {
        Optional<Long> recorded = pidOf(pgdata);
        if (recorded.isEmpty()) {
            return;
        }
        long pid = recorded.get();
        switch (identify(pid, pgdata)) {
            case OUR_SERVER -> stop(pid, pgdata);
            case NOT_RUNNING, ANOTHER_PROCESS -> removeStalePidFile(pid, pgdata);
            case UNKNOWN -> log.warn("cannot tell whether pid {}, named in {}/postmaster.pid, is its server; "
                    + "leaving the decision to PostgreSQL", pid, pgdata);
        }
    }

    private enum Identity { OUR_SERVER, NOT_RUNNING, ANOTHER_PROCESS, UNKNOWN }

    /**
     * The pid may have been reused since the file was written (after a reboot, surely); it is our server only if
     * it is a postgres executable working in this data directory (the postmaster changes into it at start).
     */
    private static Identity identify(long pid, Path pgdata) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(LeftoverPostmaster::isRunning);
        if (process.isEmpty()) {
            return Identity.NOT_RUNNING;
        }
        Optional<String> executable = process.get().info().command().map(command -> Path.of(command).getFileName()
                .toString());
        if (executable.isEmpty()) {
            return Identity.UNKNOWN;
        }
        if (!executable.get().startsWith("postgres")) {
            return Identity.ANOTHER_PROCESS;
        }
        try {
            return Files.isSameFile(Path.of("/proc", Long.toString(pid), "cwd"), pgdata)
                    ? Identity.OUR_SERVER : Identity.ANOTHER_PROCESS;
        } catch (IOException e) {
            boolean named = process.get().info().commandLine().map(line -> line.contains(pgdata.toString()))
                    .orElse(false);
            return named ? Identity.OUR_SERVER : Identity.UNKNOWN;
        }
    }

    private static void stop(long pid, Path pgdata) {
        log.warn("PostgreSQL (pid {}) still runs on {}, left by a process that ended without stopping it; "
                + "shutting it down", pid, pgdata);
        long startedAt = System.nanoTime();
        // SIGINT is PostgreSQL's fast shutdown: open transactions roll back, a checkpoint is written, it exits.
        signal(pid, "INT");
        if (!awaitExit(pid, FAST_SHUTDOWN_WAIT)) {
            log.warn("PostgreSQL (pid {}) did not stop within {}; immediate shutdown (crash recovery on next start)",
                    pid, FAST_SHUTDOWN_WAIT);
            signal(pid, "QUIT");
            if (!awaitExit(pid, IMMEDIATE_SHUTDOWN_WAIT)) {
                throw new IllegalStateException("PostgreSQL (pid " + pid + ") on " + pgdata + " does not stop");
            }
        }
        log.info("stopped the leftover PostgreSQL (pid {}) in {} ms", pid,
                Duration.ofNanos(System.nanoTime() - startedAt).toMillis());
    }

    /**
     * PostgreSQL itself ignores a pid file whose process is gone, but refuses to start while the pid belongs
     * to any live process it may signal, which after a reboot can be anything, the JVM included.
     */
    private static void removeStalePidFile(long pid, Path pgdata) {
        log.info("{}/postmaster.pid names pid {}, which is not PostgreSQL on this directory: stale, removed",
                pgdata, pid);
        try {
            Files.deleteIfExists(pgdata.resolve("postmaster.pid"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the stale postmaster.pid in " + pgdata, e);
        }
    }

    static Optional<Long> pidOf(Path pgdata) {
        try {
            String firstLine = Files.readAllLines(pgdata.resolve("postmaster.pid")).stream().findFirst().orElse("");
            return Optional.of(Long.parseLong(firstLine.strip()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (NumberFormatException e) {
            log.warn("unreadable postmaster.pid in {}; ignored", pgdata);
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read postmaster.pid in " + pgdata, e);
        }
    }

    /** Waits until the process has exited; returns false if it still runs after {@code timeout}. */
    static boolean awaitExit(long pid, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (ProcessHandle.of(pid).filter(LeftoverPostmaster::isRunning).isPresent()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Alive and not a zombie: an exited postmaster whose new parent does not reap it is gone for our purpose. */
    private static boolean isRunning(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return true;
        }
    }

    private static void signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-s", signal, Long.toString(pid))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(kill.getInputStream().readAllBytes()).strip();
            if (kill.waitFor() != 0) {
                log.warn("kill -s {} {} failed: {}", signal, pid, output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot signal PostgreSQL (pid " + pid + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signalling PostgreSQL (pid " + pid + ")", e);
        }
    }
}
