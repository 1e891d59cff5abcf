package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.instant;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.billing.Order;
import io.gridcharge.domain.billing.OrderQuery;
import io.gridcharge.domain.billing.OrderRepository;
import io.gridcharge.domain.billing.OrderStatus;
import io.gridcharge.domain.billing.PriceComponent;
import io.gridcharge.domain.billing.Tax;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.wallet.Movement;
import io.gridcharge.domain.wallet.WalletId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** {@link OrderRepository} on PostgreSQL: table {@code orders}, settling through the ledger in the same transaction. */
public final class PgOrderRepository implements OrderRepository {
    private static final String COLUMNS = "id, transaction_id, operator_id, site_id, station_id, id_token, wallet_id, "
            + "status, currency, energy_wh, energy, service, time_fee, idle, session, adjustment, total, started_at, "
            + "stopped_at, created_at, movement_id, note, tax_rate_percent, tax";
    private static final Map<PriceComponent, String> COMPONENT_COLUMNS = Map.of(
            PriceComponent.ENERGY, "energy", PriceComponent.SERVICE, "service", PriceComponent.TIME, "time_fee",
            PriceComponent.IDLE, "idle", PriceComponent.SESSION, "session", PriceComponent.ADJUSTMENT, "adjustment");

    private final Jdbi jdbi;

    public PgOrderRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Order> recordOnce(Order order, Movement charge) {
        return jdbi.inTransaction(handle -> {
            if (charge != null) {
                // The wallet first, as every booking takes it: a refund and this charge never interleave.
                LedgerRows.lockWallet(handle, charge.wallet());
            }
            Optional<Long> id = insert(handle, order);
            if (id.isEmpty()) {
                return Optional.<Order>empty();
            }
            Long movement = null;
            if (charge != null) {
                movement = LedgerRows.post(handle, new Movement(0, charge.kind(), charge.wallet(), charge.amount(),
                        charge.entries(), charge.reason(), charge.author(), charge.reference(), id.get(),
                        charge.at())).id();
                handle.createUpdate("UPDATE orders SET movement_id = :movement WHERE id = :id")
                        .bind("movement", movement)
                        .bind("id", id.get())
                        .execute();
            }
            return Optional.of(order.withId(id.get(), movement));
        });
    }

    private static Optional<Long> insert(Handle handle, Order order) {
        var update = handle.createUpdate("""
                INSERT INTO orders (transaction_id, operator_id, site_id, station_id, id_token, wallet_id, status,
                    currency, energy_wh, energy, service, time_fee, idle, session, adjustment, total, started_at,
                    stopped_at, created_at, note, tax_rate_percent, tax)
                VALUES (:transaction, :operator, :site, :station, :token, :wallet, :status, :currency, :energyWh,
                    :energy, :service, :time_fee, :idle, :session, :adjustment, :total, :startedAt, :stoppedAt,
                    :createdAt, :note, :taxRate, :tax)
                ON CONFLICT (transaction_id) DO NOTHING""")
                .bind("transaction", order.transactionId())
                .bind("operator", order.operatorId() == null ? null : order.operatorId().value())
                .bind("site", order.siteId() == null ? null : order.siteId().value())
                .bind("station", order.stationId().value())
                .bind("token", order.idToken() == null ? null : order.idToken().value())
                .bind("wallet", order.walletId() == null ? null : order.walletId().value())
                .bind("status", order.status().name())
                .bind("currency", order.currency() == null ? null : order.currency().getCurrencyCode())
                .bind("energyWh", order.energyWh())
                .bind("total", order.total() == null ? null : order.total().amount())
                .bind("startedAt", order.startedAt())
                .bind("stoppedAt", order.stoppedAt())
                .bind("createdAt", order.createdAt())
                .bind("note", order.note())
                .bind("taxRate", order.tax() == null ? null : order.tax().ratePercent())
                .bind("tax", order.tax() == null ? null : order.tax().amount().amount());
        COMPONENT_COLUMNS.forEach((component, column) -> {
            Money amount = order.breakdown().get(component);
            update.bind(column, amount == null ? null : amount.amount());
        });
        return update.executeAndReturnGeneratedKeys("id").mapTo(Long.class).findOne();
    }

    @Override
    public Optional<Order> find(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM orders WHERE id = :id")
                .bind("id", id)
                .map((row, ctx) -> orderOf(row))
                .findOne());
    }

    @Override
    public Optional<Order> findByTransaction(long transactionId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM orders WHERE transaction_id = :id")
                .bind("id", transactionId)
                .map((row, ctx) -> orderOf(row))
                .findOne());
    }

    @Override
    public List<Order> list(OrderQuery query, PageRequest page) {
        Where where = where(query);
        return jdbi.withHandle(handle -> where.bindTo(handle.createQuery("SELECT " + COLUMNS + " FROM orders "
                        + where.sql() + " ORDER BY stopped_at, id LIMIT :limit OFFSET :offset"))
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map((row, ctx) -> orderOf(row))
                .list());
    }

    @Override
    public long count(OrderQuery query) {
        Where where = where(query);
        return jdbi.withHandle(handle -> where.bindTo(handle.createQuery("SELECT count(*) FROM orders " + where.sql()))
                .mapTo(Long.class)
                .one());
    }

    @Override
    public List<Money> revenue(OrderQuery query) {
        // Summed here, not in the application: a day's orders are never loaded to add them up. Unpriced orders
        // have neither total nor currency; their group has no total and is left out.
        Where where = where(query);
        return jdbi.withHandle(handle -> where.bindTo(handle.createQuery("SELECT currency, sum(total) AS total "
                        + "FROM orders " + where.sql() + " GROUP BY currency HAVING count(total) > 0 ORDER BY currency"))
                .map((row, ctx) -> Money.of(row.getBigDecimal("total"), Currency.getInstance(row.getString("currency"))))
                .list());
    }

    @Override
    public List<Long> unsettledTransactions(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT t.id FROM transactions t
                        WHERE t.status = 'COMPLETED' AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.transaction_id = t.id)
                        ORDER BY t.id LIMIT :limit""")
                .bind("limit", limit)
                .mapTo(Long.class)
                .list());
    }

    private static Where where(OrderQuery q) {
        return new Where()
                .and("operator_id = :operator", "operator", q.operator() == null ? null : q.operator().value())
                .and("site_id = :site", "site", q.site() == null ? null : q.site().value())
                .and("station_id = :station", "station", q.station() == null ? null : q.station().value())
                .and("wallet_id = :wallet", "wallet", q.wallet() == null ? null : q.wallet().value())
                .and("stopped_at >= :from", "from", q.from())
                .and("stopped_at < :to", "to", q.to());
    }

    private static Order orderOf(ResultSet row) throws SQLException {
        String currencyCode = row.getString("currency");
        Currency currency = currencyCode == null ? null : Currency.getInstance(currencyCode);
        Map<PriceComponent, Money> breakdown = new EnumMap<>(PriceComponent.class);
        BigDecimal total = row.getBigDecimal("total");
        if (total != null) {
            for (var column : COMPONENT_COLUMNS.entrySet()) {
                breakdown.put(column.getKey(), Money.of(row.getBigDecimal(column.getValue()), currency));
            }
        }
        BigDecimal taxRate = row.getBigDecimal("tax_rate_percent");
        Tax tax = total == null || taxRate == null ? null : new Tax(taxRate, Money.of(row.getBigDecimal("tax"), currency));
        String operator = row.getString("operator_id");
        String site = row.getString("site_id");
        String token = row.getString("id_token");
        Long wallet = Columns.nullableLong(row, "wallet_id");
        return new Order(row.getLong("id"), row.getLong("transaction_id"),
                operator == null ? null : OperatorId.of(operator), site == null ? null : SiteId.of(site),
                StationId.of(row.getString("station_id")), token == null ? null : IdToken.of(token),
                wallet == null ? null : WalletId.of(wallet), OrderStatus.valueOf(row.getString("status")), currency,
                row.getLong("energy_wh"), breakdown, total == null ? null : Money.of(total, currency),
                instant(row, "started_at"), instant(row, "stopped_at"), instant(row, "created_at"),
                Columns.nullableLong(row, "movement_id"), row.getString("note"), tax);
    }
}
