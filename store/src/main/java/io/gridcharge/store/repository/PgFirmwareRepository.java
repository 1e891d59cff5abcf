package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.instant;

import io.gridcharge.domain.firmware.FirmwareId;
import io.gridcharge.domain.firmware.FirmwareImage;
import io.gridcharge.domain.firmware.FirmwareRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link FirmwareRepository} on PostgreSQL: metadata in {@code firmware_images}, bytes in
 * {@code firmware_content} (bytea; V21 says why not on disk).
 */
public final class PgFirmwareRepository implements FirmwareRepository {
    private static final String COLUMNS = "id, name, version, file_name, size_bytes, sha256, uploaded_at";

    private final Jdbi jdbi;

    public PgFirmwareRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(FirmwareImage image, byte[] content) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("""
                            INSERT INTO firmware_images (id, name, version, file_name, size_bytes, sha256, uploaded_at)
                            VALUES (:id, :name, :version, :fileName, :size, :sha256, :uploadedAt)""")
                    .bind("id", image.id().value())
                    .bind("name", image.name())
                    .bind("version", image.version())
                    .bind("fileName", image.fileName())
                    .bind("size", image.size())
                    .bind("sha256", image.sha256())
                    .bind("uploadedAt", image.uploadedAt())
                    .execute();
            handle.createUpdate("INSERT INTO firmware_content (firmware_id, content) VALUES (:id, :content)")
                    .bind("id", image.id().value())
                    .bind("content", content)
                    .execute();
        });
    }

    @Override
    public Optional<FirmwareImage> find(FirmwareId id) {
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM firmware_images WHERE id = :id")
                .bind("id", id.value())
                .map((row, ctx) -> imageOf(row))
                .findOne());
    }

    @Override
    public Optional<byte[]> content(FirmwareId id) {
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT content FROM firmware_content WHERE firmware_id = :id")
                .bind("id", id.value())
                .map((row, ctx) -> row.getBytes("content"))
                .findOne());
    }

    @Override
    public List<FirmwareImage> list() {
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM firmware_images ORDER BY uploaded_at DESC, id")
                .map((row, ctx) -> imageOf(row))
                .list());
    }

    @Override
    public boolean delete(FirmwareId id) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM firmware_images WHERE id = :id")
                .bind("id", id.value())
                .execute()) > 0;
    }

    private static FirmwareImage imageOf(ResultSet row) throws SQLException {
        return new FirmwareImage(FirmwareId.of(row.getString("id")), row.getString("name"), row.getString("version"),
                row.getString("file_name"), row.getLong("size_bytes"), row.getString("sha256"),
                instant(row, "uploaded_at"));
    }
}
