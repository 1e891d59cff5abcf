package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.instant;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.billing.ChargingRefusal;
import io.gridcharge.domain.billing.ChargingRefusalRepository;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.wallet.WalletId;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** {@link ChargingRefusalRepository} on PostgreSQL: table {@code charging_refusals}. */
public final class PgChargingRefusalRepository implements ChargingRefusalRepository {
    private final Jdbi jdbi;

    public PgChargingRefusalRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(ChargingRefusal refusal) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO charging_refusals (station_id, id_token, wallet_id, reason, at)
                        VALUES (:station, :token, :wallet, :reason, :at)""")
                .bind("station", refusal.station().value())
                .bind("token", refusal.idToken().value())
                .bind("wallet", refusal.wallet().value())
                .bind("reason", refusal.reason())
                .bind("at", refusal.at())
                .execute());
    }

    @Override
    public List<ChargingRefusal> ofWallet(WalletId wallet, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT station_id, id_token, wallet_id, reason, at FROM charging_refusals
                        WHERE wallet_id = :wallet ORDER BY id DESC LIMIT :limit""")
                .bind("wallet", wallet.value())
                .bind("limit", limit)
                .map((row, ctx) -> new ChargingRefusal(StationId.of(row.getString("station_id")),
                        IdToken.of(row.getString("id_token")), WalletId.of(row.getLong("wallet_id")),
                        row.getString("reason"), instant(row, "at")))
                .list());
    }
}
