package io.gridcharge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded server on one data directory, started and stopped again and again as the application would be
 * (each test leaves it stopped), plus a second directory where two must run side by side.
 */
class EmbeddedDatabaseIT {
    private static Path directory;

    @BeforeAll
    static void createCluster() {
        directory = freshDirectory("embedded");
        EmbeddedDatabase.start(directory).close();
    }

    @Test
    void keepsACommittedRowAcrossARestart() {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory)) {
            jdbi(database).useHandle(handle -> {
                handle.execute("CREATE TABLE charging_session (id text PRIMARY KEY, energy_wh bigint)");
                handle.execute("INSERT INTO charging_session VALUES ('S-1', 12500)");
            });
        }

        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory)) {
            long energy = jdbi(database).withHandle(handle -> handle
                    .select("SELECT energy_wh FROM charging_session WHERE id = 'S-1'").mapTo(long.class).one());
            assertThat(energy).isEqualTo(12500);
        }
    }

    @Test
    void comesBackOnTheSamePort() {
        int first;
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory)) {
            first = database.port();
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory)) {
            assertThat(database.port()).isEqualTo(first);
            assertThat(database.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + first + "/gridcharge");
        }
    }

    @Test
    void writesDurablyAndListensOnLoopbackOnly() {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory)) {
            jdbi(database).useHandle(handle -> {
                assertThat(show(handle, "fsync")).isEqualTo("on");
                assertThat(show(handle, "synchronous_commit")).isEqualTo("on");
                assertThat(show(handle, "full_page_writes")).isEqualTo("on");
                assertThat(show(handle, "listen_addresses")).isEqualTo("127.0.0.1");
            });
        }
    }

    @Test
    void refusesAWrongPassword() {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory)) {
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), database.user(), "guess"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void refusesADirectoryAlreadyInUse() {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(directory))
                    .isInstanceOf(DataDirectoryInUseException.class);
            assertThat(isUp(database)).isTrue();
        }
    }

    @Test
    void stopsTheServerAKilledJvmLeftRunningBeforeStartingAgain() throws Exception {
        Path ready = directory.resolveSibling(directory.getFileName() + ".child-ready");
        Process child = startChild(directory, ready);
        try {
            awaitFile(ready, child, Duration.ofSeconds(90));
        } finally {
            child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs
        }
        long orphan = LeftoverPostmaster.pidOf(directory.resolve("pgdata")).orElseThrow();
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory)) {
            assertThat(LeftoverPostmaster.pidOf(directory.resolve("pgdata"))).get().isNotEqualTo(orphan);
            assertThat(LeftoverPostmaster.awaitExit(orphan, Duration.ZERO)).isTrue();
            long energy = jdbi(database).withHandle(handle -> handle
                    .select("SELECT energy_wh FROM meter_reading WHERE station = 'CP-KILLED'").mapTo(long.class).one());
            assertThat(energy).isEqualTo(4200);
        }
    }

    @Test
    void startsDespiteAPidFileNamingAnotherLiveProcess() throws IOException {
        // As after a reboot, when the pid a crashed server had is some other process's now (here: this JVM's).
        Path pidFile = directory.resolve("pgdata").resolve("postmaster.pid");
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n" + directory.resolve("pgdata") + "\n");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory)) {
            assertThat(isUp(database)).isTrue();
        }
    }

    @Test
    void recoversFromAFirstStartThatWasInterrupted() throws IOException {
        // What a kill during the first start leaves: a half-unpacked server and an initdb cut short.
        Path interrupted = freshDirectory("interrupted");
        Files.createDirectories(interrupted.resolve("binaries/PG-0123456789abcdef/bin"));
        Files.writeString(interrupted.resolve("binaries/PG-0123456789abcdef/bin/postgres"), "cut short");
        Files.createDirectories(interrupted.resolve("pgdata/base"));
        Files.writeString(interrupted.resolve("pgdata/postgresql.conf"), "# initdb wrote this, then was killed\n");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(interrupted)) {
            assertThat(isUp(database)).isTrue();
        }
        assertThat(interrupted.resolve("binaries/PG-0123456789abcdef")).doesNotExist();
    }

    @Test
    void runsTwoDataDirectoriesSideBySide() {
        Path other = freshDirectory("embedded-other");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(directory);
             EmbeddedDatabase second = EmbeddedDatabase.start(other)) {
            assertThat(second.port()).isNotEqualTo(first.port());
            jdbi(second).useHandle(handle -> handle.execute("CREATE TABLE only_in_second (x int)"));
            boolean inFirst = jdbi(first).withHandle(handle -> handle
                    .select("SELECT to_regclass('only_in_second') IS NOT NULL").mapTo(boolean.class).one());
            assertThat(inFirst).isFalse();
        }
    }

    @Test
    void closingTheDatabaseMigratesAndThenStopsItsEmbeddedServer() {
        EmbeddedDatabase server = EmbeddedDatabase.start(directory);
        try (Database database = Database.open(server)) {
            int applied = database.jdbi().withHandle(handle -> handle
                    .select("SELECT count(*) FROM flyway_schema_history WHERE success").mapTo(int.class).one());
            assertThat(applied).isPositive();
        }
        assertThat(isUp(server)).isFalse();
    }

    static Path freshDirectory(String name) {
        // Under target/, not /tmp: the server's binaries are unpacked here and /tmp may be noexec.
        return Path.of("target", "it", name + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()))
                .toAbsolutePath();
    }

    /** The server's maintenance database, so that the application's stays as migrations leave it. */
    private static Jdbi jdbi(EmbeddedDatabase database) {
        return Jdbi.create(database.jdbcUrl("postgres"), database.user(), database.password());
    }

    private static String show(org.jdbi.v3.core.Handle handle, String setting) {
        return handle.select("SHOW " + setting).mapTo(String.class).one();
    }

    private static boolean isUp(EmbeddedDatabase database) {
        try (Connection ignored = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password())) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static Process startChild(Path directory, Path ready) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseChild.class.getName(), directory.toString(), ready.toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolveSibling(directory.getFileName() + ".child.log").toFile())
                .start();
    }

    private static void awaitFile(Path file, Process child, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.exists(file)) {
            assertThat(child.isAlive()).as("child JVM alive (see its .child.log)").isTrue();
            assertThat(System.nanoTime()).as("child ready within " + timeout).isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }
}
