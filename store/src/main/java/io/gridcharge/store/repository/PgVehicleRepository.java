package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.instant;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.wallet.Vehicle;
import io.gridcharge.domain.wallet.VehicleRepository;
import io.gridcharge.domain.wallet.Vin;
import io.gridcharge.domain.wallet.WalletId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** {@link VehicleRepository} on PostgreSQL: table {@code vehicles}, with the car's tokens in id_tokens and wallet_tokens. */
public final class PgVehicleRepository implements VehicleRepository {
    private final Jdbi jdbi;

    public PgVehicleRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Vehicle add(Vehicle vehicle) {
        return jdbi.inTransaction(handle -> {
            int added = handle.createUpdate("""
                            INSERT INTO vehicles (vin, wallet_id, label, added_at) VALUES (:vin, :wallet, :label, :at)
                            ON CONFLICT (vin) DO NOTHING""")
                    .bind("vin", vehicle.vin().value())
                    .bind("wallet", vehicle.walletId().value())
                    .bind("label", vehicle.label())
                    .bind("at", vehicle.addedAt())
                    .execute();
            if (added == 0) {
                throw new Conflict("vehicle " + vehicle.vin() + " is on an account already");
            }
            for (IdToken token : vehicle.vin().idTokens()) {
                handle.createUpdate("""
                                INSERT INTO id_tokens (id_token, status, created_at) VALUES (:token, 'ACCEPTED', :at)
                                ON CONFLICT (id_token) DO NOTHING""")
                        .bind("token", token.value())
                        .bind("at", vehicle.addedAt())
                        .execute();
                int linked = handle.createUpdate("""
                                INSERT INTO wallet_tokens (id_token, wallet_id) VALUES (:token, :wallet)
                                ON CONFLICT (id_token) DO NOTHING""")
                        .bind("token", token.value())
                        .bind("wallet", vehicle.walletId().value())
                        .execute();
                if (linked == 0) {
                    // Rolls the whole addition back: the vehicle is not half on this account.
                    throw new Conflict("id token " + token + " pays from another wallet already");
                }
            }
            return vehicle;
        });
    }

    @Override
    public List<Vehicle> ofWallet(WalletId wallet) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT vin, wallet_id, label, added_at FROM vehicles WHERE wallet_id = :wallet ORDER BY vin")
                .bind("wallet", wallet.value())
                .map((row, ctx) -> vehicleOf(row))
                .list());
    }

    @Override
    public Optional<Vehicle> find(Vin vin) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT vin, wallet_id, label, added_at FROM vehicles WHERE vin = :vin")
                .bind("vin", vin.value())
                .map((row, ctx) -> vehicleOf(row))
                .findOne());
    }

    @Override
    public boolean remove(Vin vin) {
        return jdbi.inTransaction(handle -> {
            Optional<Long> wallet = handle.createQuery("DELETE FROM vehicles WHERE vin = :vin RETURNING wallet_id")
                    .bind("vin", vin.value())
                    .mapTo(Long.class)
                    .findOne();
            wallet.ifPresent(id -> handle.createUpdate(
                            "DELETE FROM wallet_tokens WHERE wallet_id = :wallet AND id_token = ANY(:tokens)")
                    .bind("wallet", id)
                    .bind("tokens", vin.idTokens().stream().map(IdToken::value).toArray(String[]::new))
                    .execute());
            return wallet.isPresent();
        });
    }

    private static Vehicle vehicleOf(ResultSet row) throws SQLException {
        return new Vehicle(new Vin(row.getString("vin")), WalletId.of(row.getLong("wallet_id")), row.getString("label"),
                instant(row, "added_at"));
    }
}
