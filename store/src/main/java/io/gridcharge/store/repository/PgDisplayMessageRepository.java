package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.enumValue;
import static io.gridcharge.store.repository.Columns.instant;
import static io.gridcharge.store.repository.Columns.name;

import io.gridcharge.domain.display.DisplayMessage;
import io.gridcharge.domain.display.DisplayMessageRepository;
import io.gridcharge.domain.display.StationDisplayMessage;
import io.gridcharge.domain.station.StationId;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** {@link DisplayMessageRepository} on PostgreSQL: table {@code display_messages}. */
public final class PgDisplayMessageRepository implements DisplayMessageRepository {
    private final Jdbi jdbi;

    public PgDisplayMessageRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void save(List<StationDisplayMessage> messages) {
        jdbi.useTransaction(handle -> {
            for (StationDisplayMessage known : messages) {
                DisplayMessage message = known.message();
                handle.createUpdate("""
                                INSERT INTO display_messages (station_id, message_id, priority, state, start_at,
                                    end_at, transaction_id, format, language, content, source, known_at)
                                VALUES (:station, :id, :priority, :state, :startAt, :endAt, :transactionId, :format,
                                    :language, :content, :source, :knownAt)
                                ON CONFLICT (station_id, message_id) DO UPDATE SET priority = excluded.priority,
                                    state = excluded.state, start_at = excluded.start_at, end_at = excluded.end_at,
                                    transaction_id = excluded.transaction_id, format = excluded.format,
                                    language = excluded.language, content = excluded.content,
                                    source = excluded.source, known_at = excluded.known_at""")
                        .bind("station", known.stationId().value())
                        .bind("id", message.id())
                        .bind("priority", message.priority().name())
                        .bind("state", name(message.state()))
                        .bind("startAt", message.startAt())
                        .bind("endAt", message.endAt())
                        .bind("transactionId", message.transactionId())
                        .bind("format", message.format().name())
                        .bind("language", message.language())
                        .bind("content", message.content())
                        .bind("source", known.source().name())
                        .bind("knownAt", known.knownAt())
                        .execute();
            }
        });
    }

    @Override
    public void remove(StationId station, int messageId) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "DELETE FROM display_messages WHERE station_id = :station AND message_id = :id")
                .bind("station", station.value())
                .bind("id", messageId)
                .execute());
    }

    @Override
    public void removeOfTransaction(StationId station, String stationTransactionId) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "DELETE FROM display_messages WHERE station_id = :station AND transaction_id = :transaction")
                .bind("station", station.value())
                .bind("transaction", stationTransactionId)
                .execute());
    }

    @Override
    public List<StationDisplayMessage> of(StationId station) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM display_messages WHERE station_id = :station ORDER BY message_id""")
                .bind("station", station.value())
                .map((row, ctx) -> new StationDisplayMessage(StationId.of(row.getString("station_id")),
                        new DisplayMessage(row.getInt("message_id"),
                                enumValue(row, "priority", DisplayMessage.Priority.class),
                                enumValue(row, "state", DisplayMessage.State.class), instant(row, "start_at"),
                                instant(row, "end_at"), row.getString("transaction_id"),
                                enumValue(row, "format", DisplayMessage.Format.class), row.getString("language"),
                                row.getString("content")),
                        enumValue(row, "source", StationDisplayMessage.Source.class), instant(row, "known_at")))
                .list());
    }
}
