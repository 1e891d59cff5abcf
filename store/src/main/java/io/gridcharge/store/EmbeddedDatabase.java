package io.gridcharge.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL 18 run from the bundled zonky binaries, with everything it owns under one directory:
 * <pre>
 *   lock       held while a process uses the directory
 *   port       the port chosen on first start, reused ever after
 *   password   the superuser's password (owner-only)
 *   binaries/  the unpacked server (not /tmp, which may be noexec)
 *   pgdata/    the cluster
 * </pre>
 * The server listens on 127.0.0.1 only and asks for the password there (SCRAM). As root, zonky runs initdb,
 * pg_ctl and postgres under {@code unshare -U}: in a new user namespace they are not uid 0, so PostgreSQL
 * accepts to run, and they still own the root-owned files they create.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String USER = "postgres";
    public static final String DATABASE = "gridcharge";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(120);

    private final Path directory;
    private final FileLock lock;
    private final EmbeddedPostgres server;
    private final int port;
    private final String password;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedDatabase(Path directory, FileLock lock, EmbeddedPostgres server, int port, String password) {
        this.directory = directory;
        this.lock = lock;
        this.server = server;
        this.port = port;
        this.password = password;
    }

    /**
     * Starts the server whose files live under {@code directory}, creating the cluster on first use.
     *
     * @throws DataDirectoryInUseException when another process, or another instance here, uses the directory
     */
    public static EmbeddedDatabase start(Path directory) {
        Path home = directory.toAbsolutePath().normalize();
        long startedAt = System.nanoTime();
        FileLock lock = lock(home);
        try {
            Path pgdata = home.resolve("pgdata");
            LeftoverPostmaster.stopIfRunning(pgdata);
            boolean firstStart = prepareDataDirectory(pgdata);
            int port = RememberedPort.of(home);
            String password = SuperuserPassword.of(home);
            EmbeddedPostgres server = launch(home, pgdata, port, password);
            EmbeddedDatabase database = new EmbeddedDatabase(home, lock, server, port, password);
            try {
                database.createApplicationDatabase();
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
            log.info("embedded PostgreSQL ready on 127.0.0.1:{} in {} ms ({}), data in {}", port,
                    Duration.ofNanos(System.nanoTime() - startedAt).toMillis(),
                    firstStart ? "new cluster" : "existing cluster", pgdata);
            return database;
        } catch (RuntimeException | Error e) {
            release(lock);
            throw e;
        }
    }

    /** The JDBC URL of the application's database. */
    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    /** The JDBC URL of another database on this server, e.g. {@code postgres} to create databases. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    public Path directory() {
        return directory;
    }

    /** Shuts the server down cleanly (fast mode) and waits until it has exited. Closing twice does nothing. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        long postmasterPid = LeftoverPostmaster.pidOf(directory.resolve("pgdata")).orElse(-1L);
        try {
            server.close();
            if (postmasterPid > 0 && !LeftoverPostmaster.awaitExit(postmasterPid, SHUTDOWN_WAIT)) {
                log.warn("PostgreSQL (pid {}) still shutting down after {}; the next start waits for it",
                        postmasterPid, SHUTDOWN_WAIT);
                return;
            }
            log.info("embedded PostgreSQL on 127.0.0.1:{} stopped", port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(lock);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedDatabase[127.0.0.1:" + port + ", " + directory + "]";
    }

    private static FileLock lock(Path home) {
        try {
            Files.createDirectories(home);
            ownerOnly(home);
            FileChannel channel = FileChannel.open(home.resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new DataDirectoryInUseException(home);
            }
            return lock;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + home, e);
        }
    }

    /**
     * Zonky makes the binaries' parent directory world-writable; closing the home directory to everyone but its
     * owner keeps other local users from swapping the server's executables or reading the password and data.
     */
    private static void ownerOnly(Path home) throws IOException {
        if (Files.getFileStore(home).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static void release(FileLock lock) {
        try {
            lock.channel().close();
        } catch (IOException e) {
            log.warn("could not release {}", lock, e);
        }
    }

    /**
     * Returns whether the cluster is yet to be created. A server writes postmaster.opts each time it starts, so a
     * data directory without one was never started: it is what an interrupted initdb leaves (initdb writes
     * postgresql.conf early, so zonky would take it for a finished cluster), holds no data, and is made again.
     */
    private static boolean prepareDataDirectory(Path pgdata) {
        if (Files.exists(pgdata.resolve("postmaster.opts"))) {
            return false;
        }
        if (Files.exists(pgdata)) {
            log.warn("{} was never started: an unfinished initdb; removing it to start over", pgdata);
            deleteRecursively(pgdata);
        }
        return true;
    }

    private static EmbeddedPostgres launch(Path home, Path pgdata, int port, String password) {
        requireUsableUser();
        BundledBinaries binaries = new BundledBinaries(home);
        binaries.removeUnfinishedUnpacks();
        binaries.unpackWithSystemTar();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgdata)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries.directory().toFile())
                .setPgBinaryResolver(binaries)
                .setPort(port)
                .setPGStartupWait(STARTUP_WAIT)
                .setConnectConfig("password", password);
        ServerSettings.initdbOptions(SuperuserPassword.file(home)).forEach(builder::setLocaleConfig);
        ServerSettings.serverConfig().forEach(builder::setServerConfig);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start in " + pgdata, e);
        }
    }

    /** PostgreSQL refuses uid 0; zonky steps out of it with {@code unshare -U} where the kernel allows it. */
    private static void requireUsableUser() {
        if (isRoot() && !LinuxUtils.isUnshareAvailable()) {
            throw new IllegalStateException("PostgreSQL does not run as root, and `unshare -U` (user namespaces) "
                    + "is not available here: run GridCharge as a normal user, or use an external database");
        }
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private void createApplicationDatabase() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, password);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + DATABASE + " on " + this, e);
        }
    }

    static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            List<Path> deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : deepestFirst) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + directory, e);
        }
    }
}
