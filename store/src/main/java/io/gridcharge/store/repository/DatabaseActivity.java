package io.gridcharge.store.repository;

import org.jdbi.v3.core.Jdbi;

/**
 * What PostgreSQL counts of this database's work (pg_stat_database), for the metrics: rows written is what the
 * load benchmark reports as database rows/s (issue 5). PostgreSQL publishes these counters with a delay of up to
 * a second, so they suit rates over tens of seconds, not single writes.
 */
public final class DatabaseActivity {
    private final Jdbi jdbi;

    public DatabaseActivity(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Rows inserted, updated and deleted in this database since its statistics were last reset. */
    public long rowsWritten() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT tup_inserted + tup_updated + tup_deleted FROM pg_stat_database
                        WHERE datname = current_database()""")
                .mapTo(Long.class)
                .one());
    }

    /** Transactions committed in this database since its statistics were last reset. */
    public long commits() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")
                .mapTo(Long.class)
                .one());
    }
}
