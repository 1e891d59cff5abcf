package io.gridcharge.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's PostgreSQL: a connection pool on a migrated schema, and JDBI on top of it. Opening one
 * applies every Flyway migration found on the classpath under {@code db/migration}, this module's and those of
 * modules added later alike.
 */
public final class Database implements AutoCloseable {
    /**
     * Connections in the pool. Requests run on virtual threads, so the pool, not the thread count, bounds the
     * load on PostgreSQL; a small server does best with a few connections per core and the rest queued here.
     */
    public static final int DEFAULT_POOL_SIZE = 16;
    static final String MIGRATIONS = "classpath:db/migration";

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final AutoCloseable server;

    private Database(HikariDataSource dataSource, AutoCloseable server) {
        this.dataSource = dataSource;
        this.server = server;
        this.jdbi = Jdbi.create(dataSource)
                .installPlugin(new SqlObjectPlugin())
                .installPlugin(new PostgresPlugin());
    }

    /** The application's database on an embedded server; closing the Database stops the server. */
    public static Database open(EmbeddedDatabase server) {
        return open(server.jdbcUrl(), server.user(), server.password(), DEFAULT_POOL_SIZE, server);
    }

    /** A database on a PostgreSQL server run by someone else (cluster mode, {@code --db-url}). */
    public static Database connect(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, DEFAULT_POOL_SIZE, () -> { });
    }

    /** Takes {@code server} over: it is closed with the Database, or at once if opening fails. */
    static Database open(String jdbcUrl, String user, String password, int poolSize, AutoCloseable server) {
        HikariDataSource dataSource = null;
        try {
            dataSource = pool(jdbcUrl, user, password, poolSize);
            migrate(dataSource);
            return new Database(dataSource, server);
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            try {
                server.close();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Closes the pool, then stops the embedded server if this Database was opened on one. */
    @Override
    public void close() {
        dataSource.close();
        try {
            server.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the database server", e);
        }
    }

    private static HikariDataSource pool(String jdbcUrl, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("gridcharge-db");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        return new HikariDataSource(config);
    }

    private static void migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .validateMigrationNaming(true)
                .load()
                .migrate();
        // Flyway reports no target version when there was nothing to apply; the version found is current then.
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        log.info("database schema at version {} ({} migrations applied now)", version, result.migrationsExecuted);
    }
}
