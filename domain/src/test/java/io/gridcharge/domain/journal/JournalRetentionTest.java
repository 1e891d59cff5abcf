package io.gridcharge.domain.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.testing.Fakes.ManualClock;
import io.gridcharge.domain.testing.InMemoryJournal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JournalRetentionTest {
    private static final StationId CP1 = StationId.of("CP-1");
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private final ManualClock clock = new ManualClock(NOW);
    private final InMemoryJournal journal = new InMemoryJournal();

    private void frameAt(Instant at) {
        journal.append(new JournalEntry(CP1, at, JournalEntry.Direction.IN, "Heartbeat", "1", "[2,\"1\",\"Heartbeat\",{}]"));
    }

    @Test
    void framesOlderThanTheRetentionGoInBatchesAndTheRestStays() {
        for (int i = 0; i < JournalRetention.BATCH + 5; i++) {
            frameAt(NOW.minus(Duration.ofDays(31)).plusMillis(i));
        }
        frameAt(NOW.minus(Duration.ofDays(29)));

        long forgotten = new JournalRetention(journal, Duration.ofDays(30), clock).forgetExpired();

        assertThat(forgotten).isEqualTo(JournalRetention.BATCH + 5);
        assertThat(journal.query(CP1, null, null, null, new PageRequest(0, 10)).items())
                .extracting(JournalEntry::at).containsExactly(NOW.minus(Duration.ofDays(29)));
    }

    @Test
    void aRetentionOfZeroKeepsEverything() {
        frameAt(NOW.minus(Duration.ofDays(3650)));

        assertThat(new JournalRetention(journal, Duration.ZERO, clock).forgetExpired()).isZero();
        assertThat(journal.of(CP1)).hasSize(1);
    }
}
