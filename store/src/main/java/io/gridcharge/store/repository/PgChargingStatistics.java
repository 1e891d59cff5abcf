package io.gridcharge.store.repository;

import io.gridcharge.domain.charging.ChargingStatistics;
import io.gridcharge.domain.charging.ChargingTotals;
import io.gridcharge.domain.charging.MeterSample;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link ChargingStatistics} on PostgreSQL. Ended sessions count by their meter readings; a running one by its
 * latest energy register sample (kWh turned into Wh), one index lookup per running session.
 */
public final class PgChargingStatistics implements ChargingStatistics {
    private final Jdbi jdbi;

    public PgChargingStatistics(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public ChargingTotals since(Instant from) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT (SELECT count(*) FROM transactions WHERE started_at >= :from) AS sessions,
                               (SELECT coalesce(sum(meter_stop_wh - meter_start_wh), 0) FROM transactions
                                 WHERE stopped_at >= :from) AS ended_wh,
                               (SELECT count(*) FROM transactions WHERE status = 'ACTIVE') AS active,
                               (SELECT coalesce(sum(greatest(latest.wh - t.meter_start_wh, 0)), 0)
                                  FROM transactions t
                                  CROSS JOIN LATERAL (
                                      SELECT round(CASE WHEN s.unit = 'kWh' THEN s.value * 1000 ELSE s.value END) AS wh
                                      FROM meter_samples s
                                      WHERE s.transaction_id = t.id AND s.measurand = :register
                                      ORDER BY s.sampled_at DESC, s.id DESC LIMIT 1) latest
                                 WHERE t.status = 'ACTIVE') AS running_wh""")
                .bind("from", from)
                .bind("register", MeterSample.ENERGY_REGISTER)
                .map((row, ctx) -> new ChargingTotals(row.getLong("sessions"),
                        row.getLong("ended_wh") + row.getLong("running_wh"), row.getLong("active")))
                .one());
    }
}
