package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.enumValue;
import static io.gridcharge.store.repository.Columns.instant;
import static io.gridcharge.store.repository.Columns.name;
import static io.gridcharge.store.repository.Columns.nullableInt;

import io.gridcharge.domain.authorization.Authorization;
import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.RegisteredToken;
import io.gridcharge.domain.authorization.TokenStatus;
import io.gridcharge.domain.localauth.LocalListOutcome;
import io.gridcharge.domain.localauth.LocalListRepository;
import io.gridcharge.domain.localauth.LocalListSelection;
import io.gridcharge.domain.localauth.LocalListState;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * {@link LocalListRepository} on PostgreSQL: tables {@code local_list_choices}, {@code local_lists} and
 * {@code local_list_entries}. A station's {@code local_lists} row is created by the first version handed out.
 */
public final class PgLocalListRepository implements LocalListRepository {
    private final Jdbi jdbi;

    public PgLocalListRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public LocalListSelection selection(StationId station) {
        return jdbi.withHandle(handle -> {
            Set<IdToken> tokens = new HashSet<>();
            Set<IdToken> groups = new HashSet<>();
            handle.createQuery("SELECT kind, value FROM local_list_choices WHERE station_id = :station")
                    .bind("station", station.value())
                    .map((row, ctx) -> Map.entry(row.getString("kind"), IdToken.of(row.getString("value"))))
                    .forEach(choice -> ("TOKEN".equals(choice.getKey()) ? tokens : groups).add(choice.getValue()));
            return new LocalListSelection(tokens, groups);
        });
    }

    @Override
    public void replaceSelection(StationId station, LocalListSelection selection) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("DELETE FROM local_list_choices WHERE station_id = :station")
                    .bind("station", station.value())
                    .execute();
            PreparedBatch batch = handle.prepareBatch(
                    "INSERT INTO local_list_choices (station_id, kind, value) VALUES (:station, :kind, :value)");
            selection.tokens().forEach(token -> batch.bind("station", station.value()).bind("kind", "TOKEN")
                    .bind("value", token.value()).add());
            selection.groups().forEach(group -> batch.bind("station", station.value()).bind("kind", "GROUP")
                    .bind("value", group.value()).add());
            if (batch.size() > 0) {
                batch.execute();
            }
        });
    }

    @Override
    public List<RegisteredToken> selectedTokens(StationId station) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT t.id_token, t.status, t.expires_at, t.group_id, t.created_at
                        FROM id_tokens t
                        WHERE EXISTS (SELECT 1 FROM local_list_choices c
                                      WHERE c.station_id = :station
                                        AND ((c.kind = 'TOKEN' AND c.value = t.id_token)
                                          OR (c.kind = 'GROUP' AND c.value = t.group_id)))
                        ORDER BY t.id_token""")
                .bind("station", station.value())
                .map((row, ctx) -> {
                    String group = row.getString("group_id");
                    return new RegisteredToken(IdToken.of(row.getString("id_token")),
                            enumValue(row, "status", TokenStatus.class), instant(row, "expires_at"),
                            group == null ? null : IdToken.of(group), instant(row, "created_at"));
                })
                .list());
    }

    @Override
    public LocalListState state(StationId station) {
        return jdbi.inTransaction(handle -> handle.createQuery("""
                        SELECT issued_version, station_version, synced_at, last_outcome, last_attempt_at
                        FROM local_lists WHERE station_id = :station""")
                .bind("station", station.value())
                .map((row, ctx) -> new LocalListState(row.getInt("issued_version"),
                        nullableInt(row, "station_version"), held(handle, station), instant(row, "synced_at"),
                        enumValue(row, "last_outcome", LocalListOutcome.class), instant(row, "last_attempt_at")))
                .findOne()
                .orElse(LocalListState.never()));
    }

    @Override
    public int issueVersion(StationId station) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        INSERT INTO local_lists (station_id, issued_version) VALUES (:station, 1)
                        ON CONFLICT (station_id) DO UPDATE SET issued_version = local_lists.issued_version + 1
                        RETURNING issued_version""")
                .bind("station", station.value())
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public void recordAccepted(StationId station, int version, Map<IdToken, Authorization> held, Instant at) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("""
                            UPDATE local_lists SET station_version = :version, synced_at = :at,
                                last_outcome = 'ACCEPTED', last_attempt_at = :at
                            WHERE station_id = :station""")
                    .bind("station", station.value())
                    .bind("version", version)
                    .bind("at", at)
                    .execute();
            handle.createUpdate("DELETE FROM local_list_entries WHERE station_id = :station")
                    .bind("station", station.value())
                    .execute();
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO local_list_entries (station_id, id_token, status, expires_at, group_id)
                    VALUES (:station, :idToken, :status, :expiresAt, :groupId)""");
            held.forEach((token, answer) -> batch.bind("station", station.value())
                    .bind("idToken", token.value())
                    .bind("status", name(answer.status()))
                    .bind("expiresAt", answer.expiresAt())
                    .bind("groupId", answer.groupId() == null ? null : answer.groupId().value())
                    .add());
            if (batch.size() > 0) {
                batch.execute();
            }
        });
    }

    @Override
    public void recordRefused(StationId station, LocalListOutcome outcome, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE local_lists SET last_outcome = :outcome, last_attempt_at = :at
                        WHERE station_id = :station""")
                .bind("station", station.value())
                .bind("outcome", name(outcome))
                .bind("at", at)
                .execute());
    }

    private static Map<IdToken, Authorization> held(Handle handle, StationId station) {
        Map<IdToken, Authorization> held = new HashMap<>();
        handle.createQuery("""
                        SELECT id_token, status, expires_at, group_id FROM local_list_entries
                        WHERE station_id = :station""")
                .bind("station", station.value())
                .map((row, ctx) -> {
                    String group = row.getString("group_id");
                    return new LocalListEntryRow(IdToken.of(row.getString("id_token")),
                            new Authorization(enumValue(row, "status", AuthorizationStatus.class),
                                    instant(row, "expires_at"), group == null ? null : IdToken.of(group)));
                })
                .forEach(entry -> held.put(entry.idToken(), entry.authorization()));
        return held;
    }

    private record LocalListEntryRow(IdToken idToken, Authorization authorization) {
    }
}
