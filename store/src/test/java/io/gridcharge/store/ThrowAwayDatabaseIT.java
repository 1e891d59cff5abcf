package io.gridcharge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs on the embedded server, or on GRIDCHARGE_TEST_DB_URL's when that is set. */
class ThrowAwayDatabaseIT {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    interface SchemaHistory {
        @SqlQuery("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
        List<String> appliedVersions();
    }

    @Test
    void appliesTheMigrationsOnTheClasspath() {
        List<String> applied = db.jdbi().withExtension(SchemaHistory.class, SchemaHistory::appliedVersions);

        assertThat(applied).startsWith("1");
    }

    @Test
    void givesTheTestClassADatabaseOfItsOwn() {
        String current = db.jdbi().withHandle(handle -> handle.select("SELECT current_database()").mapTo(String.class).one());

        assertThat(current).isEqualTo(db.name()).matches("gc_test_[0-9a-f]{16}");
    }

    @Test
    void readsPostgresIntervalsAsDurations() {
        Duration interval = db.jdbi().withHandle(handle -> handle
                .select("SELECT interval '90 minutes'").mapTo(Duration.class).one());

        assertThat(interval).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void dropsItsDatabaseAfterTheTestClass() {
        TestDatabase other = new TestDatabase();
        other.beforeAll(null);
        String name = other.name();
        other.afterAll(null);

        boolean exists = db.jdbi().withHandle(handle -> handle
                .select("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = ?)", name)
                .mapTo(boolean.class).one());
        assertThat(exists).isFalse();
    }
}
