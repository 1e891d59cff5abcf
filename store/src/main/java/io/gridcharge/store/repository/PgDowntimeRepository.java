package io.gridcharge.store.repository;

import io.gridcharge.domain.billing.DowntimeRepository;
import io.gridcharge.domain.station.StationId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import org.jdbi.v3.core.Jdbi;

/** {@link DowntimeRepository} on PostgreSQL: table {@code station_downtime}. */
public final class PgDowntimeRepository implements DowntimeRepository {
    private final Jdbi jdbi;

    public PgDowntimeRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void wentDown(StationId station, Instant from) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO station_downtime (station_id, down_from) VALUES (:station, :from)
                        ON CONFLICT (station_id) WHERE down_to IS NULL DO NOTHING""")
                .bind("station", station.value())
                .bind("from", from)
                .execute());
    }

    @Override
    public void cameBack(StationId station, Instant to) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE station_downtime SET down_to = greatest(down_from, :to)
                        WHERE station_id = :station AND down_to IS NULL""")
                .bind("station", station.value())
                .bind("to", to)
                .execute());
    }

    @Override
    public Duration within(Collection<StationId> stations, Instant from, Instant to) {
        if (stations.isEmpty()) {
            return Duration.ZERO;
        }
        double seconds = jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT coalesce(sum(extract(epoch FROM
                            least(coalesce(down_to, :to), :to) - greatest(down_from, :from))), 0)
                        FROM station_downtime
                        WHERE station_id = ANY(:stations) AND down_from < :to AND coalesce(down_to, :to) > :from""")
                .bind("stations", stations.stream().map(StationId::value).toArray(String[]::new))
                .bind("from", from)
                .bind("to", to)
                .mapTo(Double.class)
                .one());
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
