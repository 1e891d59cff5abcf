package io.gridcharge.domain.journal;

import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;

/**
 * Port: the per-station message journal (DESIGN §2), for audit, fault analysis and replay. Appends must
 * not block the station's traffic: implementations write in batches.
 */
public interface MessageJournal {
    void append(JournalEntry entry);

    /** Entries of one station, newest first; null bounds and action mean "any". */
    Page<JournalEntry> query(StationId stationId, Instant from, Instant to, String action, PageRequest page);

    /**
     * Removes entries written before {@code cutoff}, at most {@code atMost} of them, oldest first; returns how many
     * went. A result below {@code atMost} means no older entry is left (or only a few written out of order).
     */
    int forgetBefore(Instant cutoff, int atMost);
}
