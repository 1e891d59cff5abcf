package io.gridcharge.store.repository;

import io.gridcharge.domain.station.NetworkCensus;
import io.gridcharge.domain.station.StationCensus;
import org.jdbi.v3.core.Jdbi;

/** {@link StationCensus} on PostgreSQL: one aggregate over {@code stations} and {@code connectors}. */
public final class PgStationCensus implements StationCensus {
    private final Jdbi jdbi;

    public PgStationCensus(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public NetworkCensus take() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT (SELECT count(*) FROM stations) AS stations,
                               count(*) AS connectors,
                               count(*) FILTER (WHERE status = 'CHARGING') AS charging_connectors,
                               count(DISTINCT station_id) FILTER (WHERE status = 'CHARGING') AS stations_charging,
                               count(DISTINCT station_id) FILTER (WHERE status = 'FAULTED') AS stations_faulted
                        FROM connectors WHERE connector_id > 0""")
                .map((row, ctx) -> new NetworkCensus(row.getLong("stations"), row.getLong("connectors"),
                        row.getLong("charging_connectors"), row.getLong("stations_charging"),
                        row.getLong("stations_faulted")))
                .one());
    }
}
