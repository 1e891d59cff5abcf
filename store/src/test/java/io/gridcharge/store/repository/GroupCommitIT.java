package io.gridcharge.store.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.gridcharge.store.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GroupCommitIT {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private final CountDownLatch writerHeld = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private GroupCommit writes;

    @BeforeEach
    void table() {
        db.jdbi().useHandle(handle -> handle.execute("""
                CREATE TABLE IF NOT EXISTS group_commit_probe (id int PRIMARY KEY, note text NOT NULL)"""));
        db.jdbi().useHandle(handle -> handle.execute("TRUNCATE group_commit_probe"));
        writes = new GroupCommit(db.jdbi(), 100, 50, 1);
    }

    @AfterEach
    void close() {
        release.countDown();
        writes.close();
    }

    @Test
    void writesQueuedWhileTheWriterIsBusyShareOneTransactionAndEachIsCommittedWhenItsCallerReturns()
            throws Exception {
        CompletableFuture<Void> holding = holdTheWriter();
        List<CompletableFuture<Integer>> callers = new ArrayList<>();
        for (int id = 1; id <= 10; id++) {
            int row = id;
            callers.add(CompletableFuture.supplyAsync(() -> {
                int inserted = writes.inTransaction(handle -> insert(handle, row, "charging"));
                assertThat(committedRows()).as("visible to another connection once the caller returns")
                        .contains(row);
                return inserted;
            }));
        }
        await().until(() -> writes.queuedWrites() == 10);

        release.countDown();

        holding.get(10, TimeUnit.SECONDS);
        for (CompletableFuture<Integer> caller : callers) {
            assertThat(caller.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        }
        assertThat(committedRows()).hasSize(10);
        assertThat(writes.writes()).isEqualTo(11);
        assertThat(writes.batches()).as("the holding write, then the ten together").isEqualTo(2);
    }

    @Test
    void aFailingWriteFailsOnlyItsCallerAndTheOthersOfItsBatchCommit() throws Exception {
        CompletableFuture<Void> holding = holdTheWriter();
        var first = CompletableFuture.supplyAsync(() -> writes.inTransaction(handle -> insert(handle, 1, "first")));
        await().until(() -> writes.queuedWrites() == 1);
        var duplicate = CompletableFuture.supplyAsync(() -> writes.inTransaction(handle -> insert(handle, 1, "again")));
        await().until(() -> writes.queuedWrites() == 2);
        var last = CompletableFuture.supplyAsync(() -> writes.inTransaction(handle -> insert(handle, 2, "last")));
        await().until(() -> writes.queuedWrites() == 3);

        release.countDown();

        holding.get(10, TimeUnit.SECONDS);
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(last.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThatThrownBy(() -> duplicate.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(UnableToExecuteStatementException.class);
        List<String> notes = db.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT note FROM group_commit_probe ORDER BY id").mapTo(String.class).list());
        assertThat(notes).containsExactly("first", "last");
    }

    @Test
    void closingCommitsWhatIsQueued() throws Exception {
        CompletableFuture<Void> holding = holdTheWriter();
        var queued = CompletableFuture.supplyAsync(() -> writes.inTransaction(handle -> insert(handle, 7, "late")));
        await().until(() -> writes.queuedWrites() == 1);

        CompletableFuture<Void> closing = CompletableFuture.runAsync(writes::close);
        release.countDown();

        closing.get(10, TimeUnit.SECONDS);
        holding.get(10, TimeUnit.SECONDS);
        assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(committedRows()).containsExactly(7);
    }

    @Test
    void rowsOfOneKindFromManyCallersGoInAsOneStatementAndEachCallerGetsItsOwnResult() throws Exception {
        List<Integer> statementSizes = new CopyOnWriteArrayList<>();
        Writes.Merged<Integer, String> probes = (handle, ids) -> {
            statementSizes.add(ids.size());
            handle.createUpdate("INSERT INTO group_commit_probe (id, note) SELECT id, 'merged' FROM unnest(:ids) AS id")
                    .bindArray("ids", Integer.class, ids)
                    .execute();
            return ids.stream().map(id -> "row " + id).toList();
        };
        CompletableFuture<Void> holding = holdTheWriter();
        List<CompletableFuture<String>> callers = new ArrayList<>();
        for (int id = 1; id <= 5; id++) {
            int row = id;
            callers.add(CompletableFuture.supplyAsync(() -> writes.inTransaction(probes, row)));
        }
        await().until(() -> writes.queuedWrites() == 5);

        release.countDown();

        holding.get(10, TimeUnit.SECONDS);
        for (int i = 0; i < callers.size(); i++) {
            assertThat(callers.get(i).get(10, TimeUnit.SECONDS)).startsWith("row ");
        }
        assertThat(callers.stream().map(CompletableFuture::join).toList())
                .containsExactlyInAnyOrder("row 1", "row 2", "row 3", "row 4", "row 5");
        assertThat(statementSizes).containsExactly(5);
        assertThat(committedRows()).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aMergedRowTheDatabaseRefusesFailsOnlyItsCaller() throws Exception {
        db.jdbi().useHandle(handle -> insert(handle, 2, "there already"));
        Writes.Merged<Integer, Integer> probes = (handle, ids) -> {
            handle.createUpdate("INSERT INTO group_commit_probe (id, note) SELECT id, 'merged' FROM unnest(:ids) AS id")
                    .bindArray("ids", Integer.class, ids)
                    .execute();
            return ids;
        };
        CompletableFuture<Void> holding = holdTheWriter();
        var one = CompletableFuture.supplyAsync(() -> writes.inTransaction(probes, 1));
        var two = CompletableFuture.supplyAsync(() -> writes.inTransaction(probes, 2));
        var three = CompletableFuture.supplyAsync(() -> writes.inTransaction(probes, 3));
        await().until(() -> writes.queuedWrites() == 3);

        release.countDown();

        holding.get(10, TimeUnit.SECONDS);
        assertThat(one.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(three.get(10, TimeUnit.SECONDS)).isEqualTo(3);
        assertThatThrownBy(() -> two.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        assertThat(committedRows()).containsExactly(1, 2, 3);
    }

    /** A first write that keeps the only writer in its transaction until {@link #release} opens. */
    private CompletableFuture<Void> holdTheWriter() throws InterruptedException {
        CompletableFuture<Void> holding = CompletableFuture.runAsync(() -> writes.inTransaction(handle -> {
            writerHeld.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertThat(writerHeld.await(10, TimeUnit.SECONDS)).isTrue();
        return holding;
    }

    private static int insert(Handle handle, int id, String note) {
        return handle.createUpdate("INSERT INTO group_commit_probe (id, note) VALUES (:id, :note)")
                .bind("id", id)
                .bind("note", note)
                .execute();
    }

    private static List<Integer> committedRows() {
        return db.jdbi().withHandle(handle -> handle.createQuery("SELECT id FROM group_commit_probe ORDER BY id")
                .mapTo(Integer.class).list());
    }
}
