package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.instant;

import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.Operator;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.Site;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.tenant.TenantRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** {@link TenantRepository} on PostgreSQL: tables {@code operators}, {@code sites}, {@code site_stations}. */
public final class PgTenantRepository implements TenantRepository {
    private static final String SITE_COLUMNS = "id, operator_id, name, time_zone, currency, minimum_balance, "
            + "expected_loss_percent, supplier_price_per_kwh, created_at, tax_rate_percent";

    private final Jdbi jdbi;

    public PgTenantRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean insert(Operator operator) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO operators (id, name, created_at) VALUES (:id, :name, :createdAt)
                        ON CONFLICT (id) DO NOTHING""")
                .bind("id", operator.id().value())
                .bind("name", operator.name())
                .bind("createdAt", operator.createdAt())
                .execute()) > 0;
    }

    @Override
    public Optional<Operator> findOperator(OperatorId id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, name, created_at FROM operators WHERE id = :id")
                .bind("id", id.value())
                .map((row, ctx) -> operatorOf(row))
                .findOne());
    }

    @Override
    public List<Operator> operators() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, name, created_at FROM operators ORDER BY id")
                .map((row, ctx) -> operatorOf(row))
                .list());
    }

    @Override
    public boolean insert(Site site) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO sites (id, operator_id, name, time_zone, currency, minimum_balance,
                            expected_loss_percent, supplier_price_per_kwh, created_at, tax_rate_percent)
                        VALUES (:id, :operator, :name, :zone, :currency, :minimum, :loss, :supplier, :createdAt,
                            :taxRate)
                        ON CONFLICT (id) DO NOTHING""")
                .bind("id", site.id().value())
                .bind("operator", site.operatorId().value())
                .bind("name", site.name())
                .bind("zone", site.timeZone().getId())
                .bind("currency", site.currency().getCurrencyCode())
                .bind("minimum", site.minimumBalance())
                .bind("loss", site.expectedLossPercent())
                .bind("supplier", site.supplierPricePerKwh())
                .bind("createdAt", site.createdAt())
                .bind("taxRate", site.taxRatePercent())
                .execute()) > 0;
    }

    @Override
    public Optional<Site> findSite(SiteId id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + SITE_COLUMNS + " FROM sites WHERE id = :id")
                .bind("id", id.value())
                .map((row, ctx) -> siteOf(row))
                .findOne());
    }

    @Override
    public List<Site> sites(OperatorId operator) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + SITE_COLUMNS
                        + " FROM sites WHERE (CAST(:operator AS text) IS NULL OR operator_id = :operator) ORDER BY id")
                .bind("operator", operator == null ? null : operator.value())
                .map((row, ctx) -> siteOf(row))
                .list());
    }

    @Override
    public void assign(StationId station, SiteId site) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO site_stations (station_id, site_id) VALUES (:station, :site)
                        ON CONFLICT (station_id) DO UPDATE SET site_id = EXCLUDED.site_id""")
                .bind("station", station.value())
                .bind("site", site.value())
                .execute());
    }

    @Override
    public Optional<SiteId> siteOf(StationId station) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT site_id FROM site_stations WHERE station_id = :s")
                .bind("s", station.value())
                .mapTo(String.class)
                .findOne()
                .map(SiteId::of));
    }

    @Override
    public List<StationId> stationsOf(SiteId site) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT station_id FROM site_stations WHERE site_id = :site ORDER BY station_id")
                .bind("site", site.value())
                .mapTo(String.class)
                .map(StationId::of)
                .list());
    }

    private static Operator operatorOf(ResultSet row) throws SQLException {
        return new Operator(OperatorId.of(row.getString("id")), row.getString("name"), instant(row, "created_at"));
    }

    private static Site siteOf(ResultSet row) throws SQLException {
        return new Site(SiteId.of(row.getString("id")), OperatorId.of(row.getString("operator_id")),
                row.getString("name"), ZoneId.of(row.getString("time_zone")),
                Currency.getInstance(row.getString("currency")), row.getBigDecimal("minimum_balance"),
                row.getBigDecimal("expected_loss_percent"), row.getBigDecimal("supplier_price_per_kwh"),
                instant(row, "created_at"), row.getBigDecimal("tax_rate_percent"));
    }
}
