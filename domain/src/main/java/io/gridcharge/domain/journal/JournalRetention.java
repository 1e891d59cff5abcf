package io.gridcharge.domain.journal;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The message journal keeps every frame of every station (DESIGN §2), which at tens of thousands of messages a
 * second is tens of gigabytes a day: entries older than the retention are removed, in batches small enough that
 * the station traffic writing beside them never waits long. A retention of zero keeps everything.
 */
public final class JournalRetention {
    /** Entries removed per statement. */
    public static final int BATCH = 10_000;

    private final MessageJournal journal;
    private final Duration retention;
    private final Clock clock;

    public JournalRetention(MessageJournal journal, Duration retention, Clock clock) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.retention = Objects.requireNonNull(retention, "retention");
        if (retention.isNegative()) {
            throw new IllegalArgumentException("retention must not be negative");
        }
        this.clock = clock;
    }

    /** Removes what is older than the retention now; returns how many entries went. */
    public long forgetExpired() {
        if (retention.isZero()) {
            return 0;
        }
        var cutoff = clock.instant().minus(retention);
        long forgotten = 0;
        int removed;
        do {
            removed = journal.forgetBefore(cutoff, BATCH);
            forgotten += removed;
        } while (removed == BATCH);
        return forgotten;
    }
}
