package io.gridcharge.store;

import java.nio.file.Path;
import java.util.Map;

/** How the embedded cluster is created and run: durable, local-only, sized for a small server. */
final class ServerSettings {

    private ServerSettings() {
    }

    /**
     * Options for initdb. Zonky hands its "locale config" to initdb as {@code --key=value}, after its own
     * {@code -A trust}; the auth options given here come later and win.
     */
    static Map<String, String> initdbOptions(Path passwordFile) {
        return Map.of(
                // Collation independent of the host's glibc, so an OS upgrade never silently reorders indexes.
                "locale-provider", "builtin",
                "builtin-locale", "C.UTF-8",
                "locale", "C",
                "pwfile", passwordFile.toString(),
                "auth-host", "scram-sha-256",
                "auth-local", "scram-sha-256");
    }

    /** Server parameters, given on the postmaster's command line at every start. */
    static Map<String, String> serverConfig() {
        return Map.ofEntries(
                Map.entry("listen_addresses", "127.0.0.1"),
                // No Unix socket: /tmp may be shared or noexec, and every client here speaks TCP.
                Map.entry("unix_socket_directories", ""),
                // Zonky starts postgres with -F (fsync off) and synchronous_commit off, made for throw-away test
                // databases; a charging record must survive a power cut.
                Map.entry("fsync", "on"),
                Map.entry("synchronous_commit", "on"),
                Map.entry("full_page_writes", "on"),
                Map.entry("max_connections", "100"),
                Map.entry("shared_buffers", "128MB"),
                Map.entry("timezone", "UTC"),
                // The server outlives a killed JVM, so it must not log to the JVM's pipe: a week of daily files.
                Map.entry("logging_collector", "on"),
                Map.entry("log_filename", "postgresql-%a.log"),
                Map.entry("log_truncate_on_rotation", "on"),
                Map.entry("log_rotation_age", "1d"),
                Map.entry("log_rotation_size", "0"));
    }
}
