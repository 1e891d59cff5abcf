package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.instant;

import io.gridcharge.domain.billing.MasterMeterRepository;
import io.gridcharge.domain.billing.MeterReading;
import io.gridcharge.domain.tenant.SiteId;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** {@link MasterMeterRepository} on PostgreSQL: table {@code master_meter_readings}. */
public final class PgMasterMeterRepository implements MasterMeterRepository {
    private final Jdbi jdbi;

    public PgMasterMeterRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean record(SiteId site, MeterReading reading) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO master_meter_readings (site_id, read_at, register_wh) VALUES (:site, :at, :wh)
                        ON CONFLICT (site_id, read_at) DO NOTHING""")
                .bind("site", site.value())
                .bind("at", reading.at())
                .bind("wh", reading.registerWh())
                .execute()) > 0;
    }

    @Override
    public List<MeterReading> readings(SiteId site, Instant from, Instant to) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT read_at, register_wh FROM master_meter_readings
                        WHERE site_id = :site AND read_at >= :from AND read_at < :to ORDER BY read_at""")
                .bind("site", site.value())
                .bind("from", from)
                .bind("to", to)
                .map((row, ctx) -> new MeterReading(instant(row, "read_at"), row.getLong("register_wh")))
                .list());
    }
}
