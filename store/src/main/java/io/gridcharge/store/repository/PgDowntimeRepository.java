package io.gridcharge.store.repository;

import io.gridcharge.domain.billing.DowntimeRepository;
import io.gridcharge.domain.station.StationId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link DowntimeRepository} on PostgreSQL: table {@code station_downtime}. A station's going and coming back are
 * written with the stations' other writes ({@link Writes}): in a storm every connection closes a downtime row, and
 * one commit per connection was a cost of its own.
 */
public final class PgDowntimeRepository implements DowntimeRepository {
    private final Jdbi jdbi;
    private final Writes writes;

    public PgDowntimeRepository(Jdbi jdbi) {
        this(jdbi, Writes.eachOnItsOwn(jdbi));
    }

    public PgDowntimeRepository(Jdbi jdbi, Writes writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    @Override
    public void wentDown(StationId station, Instant from) {
        writes.inTransaction(handle -> handle.createUpdate("""
                        INSERT INTO station_downtime (station_id, down_from) VALUES (:station, :from)
                        ON CONFLICT (station_id) WHERE down_to IS NULL DO NOTHING""")
                .bind("station", station.value())
                .bind("from", from)
                .execute());
    }

    @Override
    public void cameBack(StationId station, Instant to) {
        writes.inTransaction(handle -> handle.createUpdate("""
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
