package io.gridcharge.store;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh, migrated, otherwise empty PostgreSQL database for one test class, dropped after it:
 * <pre>
 * &#64;RegisterExtension
 * static final TestDatabase db = new TestDatabase();
 * </pre>
 * It is made on the server named by {@code GRIDCHARGE_TEST_DB_URL} when that is set, else on an embedded server
 * shared by the whole JVM (see {@link TestServer}). Migrations are all those on the test classpath, so a module
 * that adds V2 and later finds its tables there.
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback {
    private static final int POOL_SIZE = 8;

    private String name;
    private Database database;

    @Override
    public void beforeAll(ExtensionContext context) {
        TestServer server = TestServer.get();
        String created = TestServer.DATABASE_PREFIX + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        server.createDatabase(created);
        name = created;
        database = Database.open(server.jdbcUrl(created), server.user(), server.password(), POOL_SIZE,
                () -> server.dropDatabase(created));
    }

    /** Closes the pool and drops the database. */
    @Override
    public void afterAll(ExtensionContext context) {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    public Database database() {
        if (database == null) {
            throw new IllegalStateException("no database: register TestDatabase with @RegisterExtension on a static "
                    + "field, and use it inside the test class's lifecycle");
        }
        return database;
    }

    public Jdbi jdbi() {
        return database().jdbi();
    }

    /** Where the throw-away database is, for tests that start a whole platform on it. */
    public String jdbcUrl() {
        return TestServer.get().jdbcUrl(name());
    }

    public String user() {
        return TestServer.get().user();
    }

    public String password() {
        return TestServer.get().password();
    }

    /** The throw-away database's name, {@code gc_test_} and 16 hex digits. */
    public String name() {
        database();
        return name;
    }
}
