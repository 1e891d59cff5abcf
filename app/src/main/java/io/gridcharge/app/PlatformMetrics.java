package io.gridcharge.app;

import io.gridcharge.store.repository.DatabaseActivity;
import io.gridcharge.store.repository.GroupCommit;
import io.gridcharge.store.repository.PgMessageJournal;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;

/**
 * The platform-wide metrics beside the gateway's and the API's own (DESIGN §6): the JVM (heap, live data after
 * GC, threads, CPU), the database (rows written, commits) and the depth of the queues in front of it (issue 5:
 * bounded queues everywhere, with metrics on their depth).
 */
final class PlatformMetrics implements AutoCloseable {
    private final JvmGcMetrics gc;
    /** Micrometer holds a function counter's object weakly; this holds it for as long as the platform runs. */
    private final DatabaseActivity database;

    private PlatformMetrics(JvmGcMetrics gc, DatabaseActivity database) {
        this.gc = gc;
        this.database = database;
    }

    /** The caller keeps the result while the platform runs and closes it at shutdown. */
    static PlatformMetrics register(MeterRegistry registry, DatabaseActivity database, GroupCommit stationWrites,
                                    PgMessageJournal journal) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        FunctionCounter.builder("gridcharge.db.rows.written", database, DatabaseActivity::rowsWritten)
                .description("Rows inserted, updated and deleted in the platform's database (pg_stat_database)")
                .register(registry);
        FunctionCounter.builder("gridcharge.db.commits", database, DatabaseActivity::commits)
                .description("Transactions committed in the platform's database (pg_stat_database)")
                .register(registry);
        FunctionCounter.builder("gridcharge.db.group.commits", stationWrites, GroupCommit::batches)
                .description("Transactions the stations' writes were grouped into")
                .register(registry);
        FunctionCounter.builder("gridcharge.db.group.writes", stationWrites, GroupCommit::writes)
                .description("Stations' writes committed through group commit")
                .register(registry);
        Gauge.builder("gridcharge.db.group.queued", stationWrites, GroupCommit::queuedWrites)
                .description("Stations' writes waiting for a group commit")
                .register(registry);
        Gauge.builder("gridcharge.journal.queued", journal, PgMessageJournal::queuedEntries)
                .description("Journal entries waiting to be written")
                .register(registry);
        FunctionCounter.builder("gridcharge.journal.dropped", journal, PgMessageJournal::droppedEntries)
                .description("Journal entries dropped because the queue was full")
                .register(registry);
        return new PlatformMetrics(gc, database);
    }

    /** Stops listening to GC notifications. */
    @Override
    public void close() {
        gc.close();
    }
}
