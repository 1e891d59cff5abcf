package io.gridcharge.api.station;

import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.journal.JournalEntry;
import java.time.Instant;

/** One frame as it crossed the wire; {@code frame} is its text, kept as is even when it was not valid JSON. */
public record JournalEntryView(Instant at, String direction, String action, String messageId, String frame) {
    static JournalEntryView of(JournalEntry entry) {
        return new JournalEntryView(entry.at(), Vocabulary.DIRECTION.name(entry.direction()), entry.action(),
                entry.messageId(), entry.frame());
    }
}
