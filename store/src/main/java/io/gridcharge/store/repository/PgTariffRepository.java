package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.instant;

import io.gridcharge.domain.billing.DayType;
import io.gridcharge.domain.billing.EnergyPeriod;
import io.gridcharge.domain.billing.Tariff;
import io.gridcharge.domain.billing.TariffRepository;
import io.gridcharge.domain.billing.TariffVersion;
import io.gridcharge.domain.tenant.SiteId;
import java.sql.Array;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/** {@link TariffRepository} on PostgreSQL: tables {@code tariff_versions} and {@code tariff_energy_periods}. */
public final class PgTariffRepository implements TariffRepository {
    private final Jdbi jdbi;

    public PgTariffRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean add(SiteId site, TariffVersion version) {
        return jdbi.inTransaction(handle -> {
            int inserted = handle.createUpdate("""
                            INSERT INTO tariff_versions (site_id, valid_from, currency, holidays, service_fee_per_kwh,
                                price_per_minute, idle_fee_per_minute, idle_grace_seconds, session_fee,
                                minimum_per_session, maximum_per_session)
                            VALUES (:site, :validFrom, :currency, CAST(:holidays AS date[]), :service, :perMinute,
                                :idle, :grace, :session, :minimum, :maximum)
                            ON CONFLICT (site_id, valid_from) DO NOTHING""")
                    .bind("site", site.value())
                    .bind("validFrom", version.validFrom())
                    .bind("currency", version.currency().getCurrencyCode())
                    .bind("holidays", version.holidays().stream().sorted().map(LocalDate::toString)
                            .collect(Collectors.joining(",", "{", "}")))
                    .bind("service", version.serviceFeePerKwh())
                    .bind("perMinute", version.pricePerMinute())
                    .bind("idle", version.idleFeePerMinute())
                    .bind("grace", (int) version.idleGrace().toSeconds())
                    .bind("session", version.sessionFee())
                    .bind("minimum", version.minimumPerSession())
                    .bind("maximum", version.maximumPerSession())
                    .execute();
            if (inserted == 0) {
                return false;
            }
            var batch = handle.prepareBatch("""
                    INSERT INTO tariff_energy_periods (site_id, valid_from, day_type, from_minute, to_minute,
                        price_per_kwh)
                    VALUES (:site, :validFrom, :dayType, :from, :to, :price)""");
            for (EnergyPeriod period : version.energyPeriods()) {
                batch.bind("site", site.value()).bind("validFrom", version.validFrom())
                        .bind("dayType", period.dayType().name()).bind("from", period.fromMinute())
                        .bind("to", period.toMinute()).bind("price", period.pricePerKwh()).add();
            }
            batch.execute();
            return true;
        });
    }

    @Override
    public Tariff tariffOf(SiteId site) {
        return jdbi.inTransaction(handle -> {
            Map<Instant, List<EnergyPeriod>> periods = new HashMap<>();
            handle.createQuery("""
                            SELECT valid_from, day_type, from_minute, to_minute, price_per_kwh
                            FROM tariff_energy_periods WHERE site_id = :site""")
                    .bind("site", site.value())
                    .map((row, ctx) -> {
                        periods.computeIfAbsent(instant(row, "valid_from"), k -> new ArrayList<>())
                                .add(new EnergyPeriod(DayType.valueOf(row.getString("day_type")),
                                        row.getInt("from_minute"), row.getInt("to_minute"),
                                        row.getBigDecimal("price_per_kwh")));
                        return 0;
                    })
                    .list();
            List<TariffVersion> versions = handle.createQuery("""
                            SELECT valid_from, currency, holidays, service_fee_per_kwh, price_per_minute,
                                idle_fee_per_minute, idle_grace_seconds, session_fee, minimum_per_session,
                                maximum_per_session
                            FROM tariff_versions WHERE site_id = :site ORDER BY valid_from""")
                    .bind("site", site.value())
                    .map((row, ctx) -> {
                        Instant validFrom = instant(row, "valid_from");
                        return new TariffVersion(validFrom, Currency.getInstance(row.getString("currency")),
                                periods.getOrDefault(validFrom, List.of()), holidays(row.getArray("holidays")),
                                row.getBigDecimal("service_fee_per_kwh"), row.getBigDecimal("price_per_minute"),
                                row.getBigDecimal("idle_fee_per_minute"),
                                Duration.ofSeconds(row.getInt("idle_grace_seconds")),
                                row.getBigDecimal("session_fee"), row.getBigDecimal("minimum_per_session"),
                                row.getBigDecimal("maximum_per_session"));
                    })
                    .list();
            return new Tariff(versions);
        });
    }

    private static Set<LocalDate> holidays(Array array) throws java.sql.SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(d -> ((Date) d).toLocalDate())
                .collect(Collectors.toSet());
    }
}
