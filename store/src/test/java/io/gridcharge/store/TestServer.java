package io.gridcharge.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server that tests make their throw-away databases on: the one named by
 * {@code GRIDCHARGE_TEST_DB_URL} (user {@code GRIDCHARGE_TEST_DB_USER}, default postgres; password
 * {@code GRIDCHARGE_TEST_DB_PASSWORD}, default empty) when that is set, else one embedded server per JVM with its
 * files under {@code target/test-postgres}.
 */
record TestServer(String maintenanceUrl, String user, String password) {
    static final String DATABASE_PREFIX = "gc_test_";
    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?$");

    static TestServer get() {
        return Holder.SERVER;
    }

    /** The maintenance URL with its database replaced by {@code database}, other parameters kept. */
    String jdbcUrl(String database) {
        Matcher url = JDBC_URL.matcher(maintenanceUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + maintenanceUrl);
        }
        return url.group(1) + "/" + database + (url.group(3) == null ? "" : url.group(3));
    }

    void createDatabase(String name) {
        execute("CREATE DATABASE " + name);
    }

    /** Drops the database even if a test left connections open on it. */
    void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + maintenanceUrl, e);
        }
    }

    private List<String> leftoverDatabases() {
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, user, password);
             Statement statement = connection.createStatement();
             var rows = statement.executeQuery(
                     "SELECT datname FROM pg_database WHERE starts_with(datname, '" + DATABASE_PREFIX + "')")) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list databases on " + maintenanceUrl, e);
        }
    }

    /** Created on first use, once per JVM. */
    private static final class Holder {
        private static final TestServer SERVER = create();
        private static final int EMBEDDED_SLOTS = 8;

        private static TestServer create() {
            String url = System.getenv("GRIDCHARGE_TEST_DB_URL");
            if (url != null && !url.isBlank()) {
                return new TestServer(url, envOr("GRIDCHARGE_TEST_DB_USER", "postgres"),
                        envOr("GRIDCHARGE_TEST_DB_PASSWORD", ""));
            }
            EmbeddedDatabase embedded = startEmbedded();
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "test-postgres-stop"));
            TestServer server = new TestServer(embedded.jdbcUrl("postgres"), embedded.user(), embedded.password());
            // This JVM holds the directory's lock: databases found here were left by a killed test run.
            server.leftoverDatabases().forEach(server::dropDatabase);
            return server;
        }

        /** Builds of this module may run side by side (one checkout, several shells): each takes a free slot. */
        private static EmbeddedDatabase startEmbedded() {
            for (int slot = 1; ; slot++) {
                try {
                    return EmbeddedDatabase.start(Path.of("target", "test-postgres", "slot-" + slot));
                } catch (DataDirectoryInUseException e) {
                    if (slot == EMBEDDED_SLOTS) {
                        throw e;
                    }
                }
            }
        }

        private static String envOr(String name, String fallback) {
            String value = System.getenv(name);
            return value == null ? fallback : value;
        }
    }
}
