package io.gridcharge.store.repository;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit (issue 5): many callers' writes run in one database transaction, and every caller returns
 * once that transaction has committed. A station's answer still leaves only after its data is durable
 * (synchronous_commit stays on); the machine pays one WAL flush per batch instead of one per message.
 *
 * <p>Writes wait in a bounded queue; a caller that finds it full waits for room, which holds up that station's
 * mailbox and so stops reading its socket (DESIGN §4: backpressure, never an unbounded queue). A few writer
 * threads each take what has queued up, up to {@code maxBatch} writes, and run them one after the other in one
 * transaction; writes of one {@link Merged} kind (connector status, meter samples) go in as one statement for the
 * whole batch, which is where most of the saving is: one round trip instead of one per station. When one write
 * of a batch fails, the database has aborted the whole transaction: the batch is
 * rolled back and each of its writes run again in a transaction of its own, so that only the failing one fails
 * and the others commit, in their original order.
 */
public final class GroupCommit implements Writes, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
    private static final long CLOSE_WAIT_SECONDS = 30;
    private static final long POLL_MILLIS = 100;

    /** A caller waiting for its write: a unit of work of its own, or a row merged with others of its kind. */
    private sealed interface Pending {
        CompletableFuture<Object> done();
    }

    private record OwnWork(Work<?> work, CompletableFuture<Object> done) implements Pending {
    }

    private record MergedRow(Merged<Object, ?> kind, Object row, CompletableFuture<Object> done) implements Pending {
    }

    private final Jdbi jdbi;
    private final BlockingQueue<Pending> queue;
    private final int maxBatch;
    private final List<Thread> writers = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final LongAdder batches = new LongAdder();
    private final LongAdder writes = new LongAdder();

    /**
     * @param capacity writes waiting at most; further callers wait for room
     * @param maxBatch writes per transaction at most
     * @param writers  threads committing batches; two let one flush the WAL while the other runs statements
     */
    public GroupCommit(Jdbi jdbi, int capacity, int maxBatch, int writers) {
        if (capacity < 1 || maxBatch < 1 || writers < 1) {
            throw new IllegalArgumentException("capacity, batch size and writers must be positive");
        }
        this.jdbi = jdbi;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.maxBatch = maxBatch;
        for (int i = 0; i < writers; i++) {
            this.writers.add(Thread.ofPlatform().name("group-commit-" + i).daemon().start(this::writeUntilClosed));
        }
    }

    @Override
    public <T> T inTransaction(Work<T> work) {
        return await(new OwnWork(work, new CompletableFuture<>()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R, T> T inTransaction(Merged<R, T> kind, R row) {
        return await(new MergedRow((Merged<Object, ?>) kind, row, new CompletableFuture<>()));
    }

    @SuppressWarnings("unchecked")
    private <T> T await(Pending pending) {
        if (closed.get()) {
            throw new IllegalStateException("group commit closed");
        }
        try {
            queue.put(pending);
            return (T) pending.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the commit", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    /** Writes waiting for a writer (a gauge). */
    public int queuedWrites() {
        return queue.size();
    }

    /** Batches taken from the queue so far (a batch run again write by write counts once). */
    public long batches() {
        return batches.sum();
    }

    /** Writes taken from the queue so far. */
    public long writes() {
        return writes.sum();
    }

    /** Stops taking writes, lets the writers commit what is queued, then returns. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (Thread writer : writers) {
            try {
                if (!writer.join(Duration.ofSeconds(CLOSE_WAIT_SECONDS))) {
                    log.warn("group commit: {} still busy after {} s", writer.getName(), CLOSE_WAIT_SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.done().completeExceptionally(new IllegalStateException("group commit closed")));
    }

    /** Until closed and nothing is left queued. Never interrupted: an interrupt would break a JDBC call. */
    private void writeUntilClosed() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (true) {
            Pending first;
            try {
                first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (first == null) {
                if (closed.get()) {
                    return;
                }
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, maxBatch - 1);
            batches.increment();
            writes.add(batch.size());
            try {
                commit(batch);
            } catch (Throwable e) {
                batch.forEach(p -> p.done().completeExceptionally(e));
                if (e instanceof Error error) {
                    throw error;
                }
            }
            batch.clear();
        }
    }

    /**
     * Own works run in the order they came; the merged rows then go in one statement per kind. A station waits
     * for each answer before its next message, so no two writes of one station are ever in the same batch and
     * the order between kinds cannot matter.
     */
    private void commit(List<Pending> batch) {
        Map<Pending, Object> results = new IdentityHashMap<>();
        try {
            jdbi.useTransaction(handle -> {
                Map<Merged<Object, ?>, List<MergedRow>> merged = new LinkedHashMap<>();
                for (Pending pending : batch) {
                    switch (pending) {
                        case OwnWork own -> results.put(own, own.work().run(handle));
                        case MergedRow row -> merged.computeIfAbsent(row.kind(), k -> new ArrayList<>()).add(row);
                    }
                }
                merged.forEach((kind, rows) -> {
                    List<?> written = kind.writeAll(handle, rows.stream().map(MergedRow::row).toList());
                    for (int i = 0; i < rows.size(); i++) {
                        results.put(rows.get(i), written.get(i));
                    }
                });
            });
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.getFirst().done().completeExceptionally(e);
                return;
            }
            log.debug("group commit: a batch of {} failed, running its writes one by one", batch.size(), e);
            batch.forEach(pending -> commit(List.of(pending)));
            return;
        }
        batch.forEach(pending -> pending.done().complete(results.get(pending)));
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof CompletionException wrapped && wrapped.getCause() != null) {
            cause = wrapped.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
