package io.gridcharge.domain.testing;

import io.gridcharge.domain.journal.JournalEntry;
import io.gridcharge.domain.journal.MessageJournal;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** MessageJournal in memory: queries answer newest first, as the port says; {@link #of} in append order. */
public final class InMemoryJournal implements MessageJournal {
    private final List<JournalEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void append(JournalEntry entry) {
        entries.add(entry);
    }

    @Override
    public Page<JournalEntry> query(StationId stationId, Instant from, Instant to, String action, PageRequest page) {
        List<JournalEntry> matches = entries.stream()
                .filter(e -> e.stationId().equals(stationId))
                .filter(e -> from == null || !e.at().isBefore(from))
                .filter(e -> to == null || e.at().isBefore(to))
                .filter(e -> action == null || action.equals(e.action()))
                .sorted(Comparator.comparing(JournalEntry::at).reversed())
                .toList();
        return Fakes.page(matches, page);
    }

    @Override
    public int forgetBefore(Instant cutoff, int atMost) {
        List<JournalEntry> old = entries.stream().filter(e -> e.at().isBefore(cutoff)).limit(atMost).toList();
        entries.removeAll(old);
        return old.size();
    }

    /** Every entry of a station, oldest first. */
    public List<JournalEntry> of(StationId stationId) {
        return entries.stream().filter(e -> e.stationId().equals(stationId)).toList();
    }
}
