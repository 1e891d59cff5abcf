package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.enumValue;
import static io.gridcharge.store.repository.Columns.instant;
import static io.gridcharge.store.repository.Columns.name;

import io.gridcharge.domain.journal.JournalEntry;
import io.gridcharge.domain.journal.MessageJournal;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link MessageJournal} on PostgreSQL: table {@code message_journal}. {@link #append} only puts the entry in
 * a bounded queue and never waits for the database, so a slow or unreachable database cannot hold up a
 * station's traffic. One background thread writes the queue in batches, every flush interval or as soon as
 * a batch is full. When the queue is full the oldest entry is dropped and counted: the journal gives way
 * before the charging does. A batch the database refused is kept and retried, with growing pauses, until
 * the database is back. {@link #close} writes what is left.
 */
public final class PgMessageJournal implements MessageJournal, AutoCloseable {
    public static final int DEFAULT_CAPACITY = 20_000;
    public static final int DEFAULT_BATCH_SIZE = 500;
    public static final Duration DEFAULT_FLUSH_INTERVAL = Duration.ofMillis(200);

    private static final Logger log = LoggerFactory.getLogger(PgMessageJournal.class);
    private static final Duration MAX_RETRY_PAUSE = Duration.ofSeconds(5);
    private static final Duration DROP_REPORT_INTERVAL = Duration.ofSeconds(10);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);
    private static final String COLUMNS = "station_id, at, direction, action, message_id, frame";
    private static final Listing<JournalEntry> LISTING =
            new Listing<>("message_journal", COLUMNS, "at DESC, id DESC", (row, ctx) -> entryOf(row));

    private final Jdbi jdbi;
    private final BlockingQueue<JournalEntry> queue;
    private final int batchSize;
    private final Duration flushInterval;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Held while a batch is written, so the writer thread and {@link #flush} never write out of order. */
    private final Object writing = new Object();
    /** Taken from the queue but not yet stored; guarded by {@link #writing}. */
    private final List<JournalEntry> batch = new ArrayList<>();
    /** The size of {@link #batch}, for {@link #queuedEntries} to read without waiting. */
    private volatile int batched;
    private final Thread writer;

    // Used by the writer thread only.
    private Duration retryPause = Duration.ZERO;
    private long retryAt = System.nanoTime();
    private long droppedReported;
    private long dropsReportedAt = System.nanoTime();

    public PgMessageJournal(Jdbi jdbi) {
        this(jdbi, DEFAULT_CAPACITY, DEFAULT_BATCH_SIZE, DEFAULT_FLUSH_INTERVAL);
    }

    /**
     * @param capacity      entries held in memory at most; beyond it the oldest are dropped
     * @param batchSize     entries per INSERT batch; a full batch is written without waiting for the interval
     * @param flushInterval how long an entry waits at most before it is written, while the database is up
     */
    public PgMessageJournal(Jdbi jdbi, int capacity, int batchSize, Duration flushInterval) {
        if (capacity < 1 || batchSize < 1 || flushInterval.isNegative() || flushInterval.isZero()) {
            throw new IllegalArgumentException("capacity, batch size and flush interval must be positive");
        }
        this.jdbi = jdbi;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.flushInterval = flushInterval;
        this.writer = Thread.ofPlatform().name("message-journal-writer").daemon().start(this::writeUntilClosed);
    }

    /** Never waits: when the queue is full the oldest entry gives way. After {@link #close} entries are dropped. */
    @Override
    public void append(JournalEntry entry) {
        if (closed.get()) {
            dropped.incrementAndGet();
            return;
        }
        while (!queue.offer(entry)) {
            if (queue.poll() != null) {
                dropped.incrementAndGet();
            }
        }
        if (queue.size() >= batchSize) {
            LockSupport.unpark(writer);
        }
    }

    /** Newest first; {@code from} is inclusive, {@code to} exclusive. Entries still queued are not seen. */
    @Override
    public Page<JournalEntry> query(StationId stationId, Instant from, Instant to, String action, PageRequest page) {
        Where where = new Where()
                .and("station_id = :stationId", "stationId", stationId.value())
                .and("at >= :from", "from", from)
                .and("at < :to", "to", to)
                .and("action = :action", "action", action);
        return jdbi.inTransaction(handle -> LISTING.page(handle, where, page));
    }

    /**
     * The oldest {@code atMost} entries by id, those of them written before {@code cutoff}: ids grow with the time
     * entries were appended, so the primary key walks the oldest first and the statement reads no more than it
     * removes, however large the journal. A batch that reaches entries at or after the cutoff removes fewer than
     * {@code atMost}, which ends the caller's loop.
     */
    @Override
    public int forgetBefore(Instant cutoff, int atMost) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        DELETE FROM message_journal WHERE id IN (
                            SELECT id FROM message_journal ORDER BY id LIMIT :atMost)
                        AND at < :cutoff""")
                .bind("atMost", atMost)
                .bind("cutoff", cutoff)
                .execute());
    }

    /**
     * Writes everything appended before this call, on the caller's thread.
     *
     * @throws RuntimeException the database's error when it was unreachable; the entries stay queued
     */
    public void flush() {
        synchronized (writing) {
            int pending = batch.size() + queue.size();
            while (pending > 0 && (!batch.isEmpty() || !queue.isEmpty())) {
                pending -= writeNextBatch();
            }
        }
    }

    /** Entries dropped since the start: the queue was full, or they came after {@link #close}. */
    public long droppedEntries() {
        return dropped.get();
    }

    /** Entries waiting to be written (a gauge: it does not wait for a write in progress). */
    public int queuedEntries() {
        return queue.size() + batched;
    }

    /**
     * Stops taking entries and writes what is queued. Waits for the writer at most {@link #CLOSE_WAIT}; what
     * the database did not take by then is lost, and logged as such.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LockSupport.unpark(writer);
        try {
            if (!writer.join(CLOSE_WAIT)) {
                log.warn("message journal: writer still busy after {}; {} entries may be lost", CLOSE_WAIT,
                        queue.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeUntilClosed() {
        while (!closed.get()) {
            LockSupport.parkNanos(this, flushInterval.toNanos());
            if (System.nanoTime() - retryAt >= 0) {
                writeQueued();
            }
            reportDrops();
        }
        writeQueued();
        int lost = queuedEntries();
        if (lost > 0) {
            log.warn("message journal closed with {} entries unwritten: the database did not take them", lost);
        }
        reportDropsNow();
    }

    private void writeQueued() {
        try {
            flush();
            if (!retryPause.isZero()) {
                log.info("message journal: database writes again");
                retryPause = Duration.ZERO;
            }
        } catch (RuntimeException e) {
            if (retryPause.isZero()) {
                log.warn("message journal: could not write to the database; {} entries queued, retrying",
                        queuedEntries(), e);
            } else {
                log.debug("message journal: database still unreachable", e);
            }
            retryPause = min(max(retryPause.multipliedBy(2), flushInterval), MAX_RETRY_PAUSE);
            retryAt = System.nanoTime() + retryPause.toNanos();
        }
    }

    /**
     * Caller holds {@link #writing}. Returns how many entries left the queue: stored, or refused by the
     * database as data it cannot take (they would be refused again, so they are dropped and counted). The
     * batch is kept for a retry when the database could not be reached.
     */
    private int writeNextBatch() {
        if (batch.isEmpty()) {
            queue.drainTo(batch, batchSize);
            batched = batch.size();
        }
        int size = batch.size();
        try {
            insert(batch);
        } catch (RuntimeException e) {
            if (!isRefusedData(e)) {
                throw e;
            }
            dropped.addAndGet(size);
            log.error("message journal: database refused a batch of {} entries as invalid data; dropped", size, e);
        }
        batch.clear();
        batched = 0;
        return size;
    }

    /** One COPY per batch: the journal takes two rows per OCPP message, the cheapest way in counts (issue 5). */
    private void insert(List<JournalEntry> entries) {
        CopyRows rows = new CopyRows("message_journal", COLUMNS);
        for (JournalEntry entry : entries) {
            rows.value(entry.stationId().value())
                    .value(entry.at())
                    .value(name(entry.direction()))
                    .value(storable(entry.action()))
                    .value(storable(entry.messageId()))
                    .value(storable(entry.frame()))
                    .endRow();
        }
        jdbi.useTransaction(rows::copyIn);
    }

    /**
     * PostgreSQL text cannot hold U+0000, which a station may well send; it is kept as its JSON escape so the
     * frame is stored and still reads as what was received.
     */
    private static String storable(String text) {
        return text == null || text.indexOf(0) < 0 ? text : text.replace("\0", "\\u0000");
    }

    /** SQLSTATE classes 22 (data exception) and 23 (integrity constraint violation): retrying cannot help. */
    private static boolean isRefusedData(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }

    private void reportDrops() {
        if (System.nanoTime() - dropsReportedAt >= DROP_REPORT_INTERVAL.toNanos()) {
            reportDropsNow();
        }
    }

    private void reportDropsNow() {
        long total = dropped.get();
        if (total > droppedReported) {
            log.warn("message journal: queue full, dropped {} oldest entries ({} since start)",
                    total - droppedReported, total);
            droppedReported = total;
        }
        dropsReportedAt = System.nanoTime();
    }

    private static JournalEntry entryOf(ResultSet row) throws SQLException {
        return new JournalEntry(StationId.of(row.getString("station_id")), instant(row, "at"),
                enumValue(row, "direction", JournalEntry.Direction.class), row.getString("action"),
                row.getString("message_id"), row.getString("frame"));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
