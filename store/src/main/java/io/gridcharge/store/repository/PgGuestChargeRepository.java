package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.instant;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.billing.GuestCharge;
import io.gridcharge.domain.billing.GuestChargeRepository;
import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.wallet.WalletId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** {@link GuestChargeRepository} on PostgreSQL: table {@code guest_charges}. */
public final class PgGuestChargeRepository implements GuestChargeRepository {
    private static final String COLUMNS = "id, id_token, wallet_id, site_id, station_id, connector_id, held, currency, "
            + "hold, status, captured, order_id, created_at, expires_at";

    private final Jdbi jdbi;

    public PgGuestChargeRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public GuestCharge insert(GuestCharge c) {
        long id = jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO guest_charges (id_token, wallet_id, site_id, station_id, connector_id, held,
                            currency, hold, status, created_at, expires_at)
                        VALUES (:token, :wallet, :site, :station, :connector, :held, :currency, :hold, :status,
                            :createdAt, :expiresAt)""")
                .bind("token", c.idToken().value())
                .bind("wallet", c.walletId().value())
                .bind("site", c.siteId() == null ? null : c.siteId().value())
                .bind("station", c.stationId().value())
                .bind("connector", c.connectorId())
                .bind("held", c.held().amount())
                .bind("currency", c.held().currency().getCurrencyCode())
                .bind("hold", c.hold())
                .bind("status", c.status().name())
                .bind("createdAt", c.createdAt())
                .bind("expiresAt", c.expiresAt())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        return new GuestCharge(id, c.idToken(), c.walletId(), c.siteId(), c.stationId(), c.connectorId(), c.held(),
                c.hold(), c.status(), c.captured(), c.orderId(), c.createdAt(), c.expiresAt());
    }

    @Override
    public Optional<GuestCharge> find(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM guest_charges WHERE id = :id")
                .bind("id", id)
                .map((row, ctx) -> guestOf(row))
                .findOne());
    }

    @Override
    public Optional<GuestCharge> findByToken(IdToken idToken) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM guest_charges WHERE id_token = :token")
                .bind("token", idToken.value())
                .map((row, ctx) -> guestOf(row))
                .findOne());
    }

    @Override
    public boolean finish(GuestCharge f) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE guest_charges SET status = :status, captured = :captured, order_id = :order
                        WHERE id = :id AND status = 'AUTHORIZED'""")
                .bind("status", f.status().name())
                .bind("captured", f.captured() == null ? BigDecimal.ZERO : f.captured().amount())
                .bind("order", f.orderId())
                .bind("id", f.id())
                .execute()) == 1;
    }

    @Override
    public List<GuestCharge> authorized(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM guest_charges WHERE status = 'AUTHORIZED' ORDER BY id LIMIT :limit")
                .bind("limit", limit)
                .map((row, ctx) -> guestOf(row))
                .list());
    }

    private static GuestCharge guestOf(ResultSet row) throws SQLException {
        Currency currency = Currency.getInstance(row.getString("currency"));
        BigDecimal captured = row.getBigDecimal("captured");
        String site = row.getString("site_id");
        return new GuestCharge(row.getLong("id"), IdToken.of(row.getString("id_token")),
                WalletId.of(row.getLong("wallet_id")), site == null ? null : SiteId.of(site),
                StationId.of(row.getString("station_id")), row.getInt("connector_id"),
                Money.of(row.getBigDecimal("held"), currency), row.getString("hold"),
                GuestCharge.Status.valueOf(row.getString("status")),
                captured == null ? null : Money.of(captured, currency), Columns.nullableLong(row, "order_id"),
                instant(row, "created_at"), instant(row, "expires_at"));
    }
}
