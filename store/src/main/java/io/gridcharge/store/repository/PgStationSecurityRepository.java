package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.instant;

import io.gridcharge.domain.security.SecurityProfile;
import io.gridcharge.domain.security.StationSecurity;
import io.gridcharge.domain.security.StationSecurityRepository;
import io.gridcharge.domain.station.StationId;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** {@link StationSecurityRepository} on PostgreSQL: table {@code station_security}. */
public final class PgStationSecurityRepository implements StationSecurityRepository {
    private final Jdbi jdbi;

    public PgStationSecurityRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<StationSecurity> find(StationId id) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT station_id, security_profile, pending_password_hash, updated_at
                        FROM station_security WHERE station_id = :id""")
                .bind("id", id.value())
                .map((row, ctx) -> new StationSecurity(StationId.of(row.getString("station_id")),
                        SecurityProfile.of(row.getInt("security_profile")), row.getString("pending_password_hash"),
                        instant(row, "updated_at")))
                .findOne());
    }

    @Override
    public void save(StationSecurity security) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO station_security (station_id, security_profile, pending_password_hash, updated_at)
                        VALUES (:id, :profile, :pending, :updatedAt)
                        ON CONFLICT (station_id) DO UPDATE SET security_profile = excluded.security_profile,
                            pending_password_hash = excluded.pending_password_hash, updated_at = excluded.updated_at""")
                .bind("id", security.stationId().value())
                .bind("profile", security.profile().number())
                .bind("pending", security.pendingPasswordHash())
                .bind("updatedAt", security.updatedAt())
                .execute());
    }
}
