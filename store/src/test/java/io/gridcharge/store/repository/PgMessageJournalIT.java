package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Fixtures.aFrame;
import static io.gridcharge.store.repository.Fixtures.count;
import static io.gridcharge.store.repository.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.gridcharge.domain.journal.JournalEntry;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.store.TestDatabase;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PgMessageJournalIT {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final StationId CP_1 = StationId.of("CP-1");
    /** Long enough that the writer never flushes on its own during a test that flushes explicitly. */
    private static final Duration NEVER = Duration.ofHours(1);
    /** Bounds a wait for the background writer; a guard against hanging, not a measured time. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private PgMessageJournal journal;

    @BeforeEach
    void emptyDatabase() {
        Fixtures.emptyAllTables(db.jdbi());
    }

    @AfterEach
    void closeJournal() {
        if (journal != null) {
            journal.close();
        }
    }

    @Test
    void entriesWrittenInTheBackgroundAreFoundNewestFirst() {
        journal = new PgMessageJournal(db.jdbi(), 1_000, 500, Duration.ofMillis(20));
        JournalEntry call = aFrame("CP-1").at(minutes(0)).action("BootNotification").messageId("1").build();
        JournalEntry answer = aFrame("CP-1").at(minutes(0)).out().action("BootNotification").messageId("1").build();
        JournalEntry heartbeat = aFrame("CP-1").at(minutes(5)).action("Heartbeat").messageId("2").build();

        List.of(call, answer, heartbeat).forEach(journal::append);

        awaitTrue(() -> count(db.jdbi(), "message_journal") == 3);
        assertThat(all(CP_1).items()).containsExactly(heartbeat, answer, call);
    }

    @Test
    void forgettingRemovesTheOldestEntriesBeforeTheCutoffInBatchesAndKeepsTheRest() {
        journal = new PgMessageJournal(db.jdbi(), 1_000, 500, NEVER);
        for (int n = 0; n < 5; n++) {
            journal.append(aFrame("CP-1").at(minutes(n)).messageId("old-" + n).build());
        }
        JournalEntry kept = aFrame("CP-1").at(minutes(10)).messageId("new").build();
        journal.append(kept);
        journal.flush();

        int first = journal.forgetBefore(minutes(10), 3);
        int second = journal.forgetBefore(minutes(10), 3);
        int third = journal.forgetBefore(minutes(10), 3);

        assertThat(List.of(first, second, third)).containsExactly(3, 2, 0);
        assertThat(all(CP_1).items()).containsExactly(kept);
    }

    @Test
    void aFullBatchIsWrittenWithoutWaitingForTheInterval() {
        journal = new PgMessageJournal(db.jdbi(), 1_000, 10, NEVER);

        for (int n = 0; n < 10; n++) {
            journal.append(aFrame("CP-1").at(minutes(n)).build());
        }

        awaitTrue(() -> count(db.jdbi(), "message_journal") == 10);
    }

    @Test
    void entriesAreFoundAfterAFlush() {
        journal = new PgMessageJournal(db.jdbi(), 1_000, 500, NEVER);
        journal.append(aFrame("CP-1").build());

        journal.flush();

        assertThat(all(CP_1).total()).isOne();
        assertThat(journal.queuedEntries()).isZero();
    }

    @Test
    void entriesAreFilteredByStationActionAndTime() {
        journal = new PgMessageJournal(db.jdbi(), 1_000, 500, NEVER);
        JournalEntry boot = aFrame("CP-1").at(minutes(0)).action("BootNotification").build();
        JournalEntry firstBeat = aFrame("CP-1").at(minutes(5)).action("Heartbeat").build();
        JournalEntry secondBeat = aFrame("CP-1").at(minutes(10)).action("Heartbeat").build();
        JournalEntry thirdBeat = aFrame("CP-1").at(minutes(15)).action("Heartbeat").build();
        JournalEntry otherStation = aFrame("CP-2").at(minutes(10)).action("Heartbeat").build();
        List.of(boot, firstBeat, secondBeat, thirdBeat, otherStation).forEach(journal::append);
        journal.flush();

        Page<JournalEntry> heartbeats = journal.query(CP_1, null, null, "Heartbeat", PageRequest.first(10));
        Page<JournalEntry> window = journal.query(CP_1, minutes(5), minutes(15), null, PageRequest.first(10));
        Page<JournalEntry> secondPage = journal.query(CP_1, null, null, null, new PageRequest(1, 3));

        assertThat(heartbeats.items()).containsExactly(thirdBeat, secondBeat, firstBeat);
        assertThat(window.items()).containsExactly(secondBeat, firstBeat);
        assertThat(secondPage.items()).containsExactly(boot);
        assertThat(secondPage.total()).isEqualTo(4);
    }

    @Test
    void whenTheQueueIsFullTheOldestEntriesGiveWay() {
        journal = new PgMessageJournal(db.jdbi(), 3, 10, NEVER);

        for (int n = 0; n < 5; n++) {
            journal.append(aFrame("CP-1").at(minutes(n)).build());
        }
        journal.flush();

        assertThat(journal.droppedEntries()).isEqualTo(2);
        assertThat(all(CP_1).items()).extracting(JournalEntry::at).containsExactly(minutes(4), minutes(3), minutes(2));
    }

    @Test
    void closingWritesWhatIsQueued() {
        journal = new PgMessageJournal(db.jdbi(), 1_000, 500, NEVER);
        journal.append(aFrame("CP-1").at(minutes(0)).build());
        journal.append(aFrame("CP-1").at(minutes(1)).build());

        journal.close();

        assertThat(count(db.jdbi(), "message_journal")).isEqualTo(2);
        journal.append(aFrame("CP-1").at(minutes(2)).build());
        assertThat(journal.droppedEntries()).isOne();
    }

    @Test
    void appendsWhileTheDatabaseHangsReturnAtOnceAndDropTheOldest() {
        CountDownLatch hang = new CountDownLatch(1);
        Jdbi hanging = Jdbi.create(() -> {
            awaitUninterruptibly(hang);
            throw new SQLException("database unreachable", "08001");
        });
        journal = new PgMessageJournal(hanging, 10, 5, Duration.ofMillis(10));
        try {
            assertTimeoutPreemptively(PATIENCE, () -> {
                for (int n = 0; n < 100; n++) {
                    journal.append(aFrame("CP-1").at(minutes(n)).build());
                }
            });

            // At most one batch is held by the blocked writer; the queue keeps the newest ten.
            assertThat(journal.queuedEntries()).isBetween(10, 15);
            assertThat(journal.droppedEntries()).isBetween(85L, 90L);
        } finally {
            hang.countDown();
        }
    }

    @Test
    void entriesQueuedDuringAnOutageAreWrittenWhenTheDatabaseIsBack() {
        AtomicBoolean down = new AtomicBoolean(true);
        Jdbi flaky = Jdbi.create(() -> {
            if (down.get()) {
                throw new SQLException("database unreachable", "08001");
            }
            return db.database().dataSource().getConnection();
        });
        journal = new PgMessageJournal(flaky, 1_000, 500, Duration.ofMillis(10));
        journal.append(aFrame("CP-1").at(minutes(0)).build());
        journal.append(aFrame("CP-1").at(minutes(1)).build());
        assertThatThrownBy(journal::flush).hasRootCauseInstanceOf(SQLException.class);

        down.set(false);

        awaitTrue(() -> count(db.jdbi(), "message_journal") == 2);
        assertThat(journal.queuedEntries()).isZero();
        assertThat(journal.droppedEntries()).isZero();
    }

    @Test
    void aFrameWithANulCharacterIsStoredWithTheCharacterEscaped() {
        journal = new PgMessageJournal(db.jdbi(), 1_000, 500, NEVER);
        journal.append(new JournalEntry(CP_1, minutes(0), JournalEntry.Direction.IN, "DataTransfer", "7",
                "[2,\"7\",\"DataTransfer\",{\"data\":\"a\0b\"}]"));

        journal.flush();

        assertThat(all(CP_1).items()).extracting(JournalEntry::frame)
                .containsExactly("[2,\"7\",\"DataTransfer\",{\"data\":\"a\\u0000b\"}]");
    }

    private Page<JournalEntry> all(StationId stationId) {
        return journal.query(stationId, null, null, null, PageRequest.first(100));
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean done = false;
        while (!done) {
            try {
                latch.await();
                done = true;
            } catch (InterruptedException e) {
                // the writer is only ever released by the latch
            }
        }
    }

    private static void awaitTrue(BooleanSupplier condition) {
        assertTimeoutPreemptively(PATIENCE, () -> {
            while (!condition.getAsBoolean()) {
                Thread.sleep(10);
            }
        });
    }
}
