package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.instant;
import static io.gridcharge.store.repository.Columns.nullableLong;

import io.gridcharge.domain.firmware.DiagnosticsRepository;
import io.gridcharge.domain.firmware.DiagnosticsUpload;
import io.gridcharge.domain.station.StationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** {@link DiagnosticsRepository} on PostgreSQL: {@code diagnostics_uploads}, bytes in {@code diagnostics_content}. */
public final class PgDiagnosticsRepository implements DiagnosticsRepository {
    private static final String COLUMNS = """
            id, station_id, requested_at, expires_at, announced_file_name, file_name, size_bytes, sha256,
            received_at""";

    private final Jdbi jdbi;

    public PgDiagnosticsRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long open(StationId station, String tokenHash, Instant requestedAt, Instant expiresAt) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        INSERT INTO diagnostics_uploads (station_id, token_hash, requested_at, expires_at)
                        VALUES (:station, :tokenHash, :requestedAt, :expiresAt)
                        RETURNING id""")
                .bind("station", station.value())
                .bind("tokenHash", tokenHash)
                .bind("requestedAt", requestedAt)
                .bind("expiresAt", expiresAt)
                .mapTo(Long.class)
                .one());
    }

    @Override
    public void announce(long id, String fileName) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE diagnostics_uploads SET announced_file_name = :fileName WHERE id = :id")
                .bind("id", id)
                .bind("fileName", fileName)
                .execute());
    }

    @Override
    public void discard(long id) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "DELETE FROM diagnostics_uploads WHERE id = :id AND received_at IS NULL")
                .bind("id", id)
                .execute());
    }

    /** The row lock of the UPDATE makes the token single-use even when two uploads race. */
    @Override
    public Optional<DiagnosticsUpload> receive(String tokenHash, String fileName, byte[] content, String sha256,
                                               Instant at) {
        return jdbi.inTransaction(handle -> {
            Optional<DiagnosticsUpload> upload = handle.createQuery("""
                            UPDATE diagnostics_uploads
                            SET file_name = :fileName, size_bytes = :size, sha256 = :sha256, received_at = :at
                            WHERE token_hash = :tokenHash AND received_at IS NULL AND expires_at > :at
                            RETURNING\s""" + COLUMNS)
                    .bind("tokenHash", tokenHash)
                    .bind("fileName", fileName)
                    .bind("size", (long) content.length)
                    .bind("sha256", sha256)
                    .bind("at", at)
                    .map((row, ctx) -> uploadOf(row))
                    .findOne();
            upload.ifPresent(received -> handle.createUpdate(
                            "INSERT INTO diagnostics_content (upload_id, content) VALUES (:id, :content)")
                    .bind("id", received.id())
                    .bind("content", content)
                    .execute());
            return upload;
        });
    }

    @Override
    public List<DiagnosticsUpload> list(StationId station, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + """
                         FROM diagnostics_uploads WHERE station_id = :station
                        ORDER BY requested_at DESC, id DESC LIMIT :limit""")
                .bind("station", station.value())
                .bind("limit", limit)
                .map((row, ctx) -> uploadOf(row))
                .list());
    }

    @Override
    public Optional<DiagnosticsUpload> find(StationId station, long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM diagnostics_uploads WHERE station_id = :station AND id = :id")
                .bind("station", station.value())
                .bind("id", id)
                .map((row, ctx) -> uploadOf(row))
                .findOne());
    }

    @Override
    public Optional<byte[]> content(long id) {
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT content FROM diagnostics_content WHERE upload_id = :id")
                .bind("id", id)
                .map((row, ctx) -> row.getBytes("content"))
                .findOne());
    }

    private static DiagnosticsUpload uploadOf(ResultSet row) throws SQLException {
        return new DiagnosticsUpload(row.getLong("id"), StationId.of(row.getString("station_id")),
                instant(row, "requested_at"), instant(row, "expires_at"), row.getString("announced_file_name"),
                row.getString("file_name"), nullableLong(row, "size_bytes"), row.getString("sha256"),
                instant(row, "received_at"));
    }
}
