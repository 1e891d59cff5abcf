package io.gridcharge.domain.testing;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.RegisteredToken;
import io.gridcharge.domain.authorization.TokenStatus;
import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.wallet.Vehicle;
import io.gridcharge.domain.wallet.VehicleRepository;
import io.gridcharge.domain.wallet.Vin;
import io.gridcharge.domain.wallet.WalletId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Vehicles in memory, registering their tokens and tying them to the wallet as the database does. */
public final class InMemoryVehicles implements VehicleRepository {
    private final Map<Vin, Vehicle> vehicles = new LinkedHashMap<>();
    private final InMemoryLedger ledger;
    private final InMemoryTokens tokens;

    public InMemoryVehicles(InMemoryLedger ledger, InMemoryTokens tokens) {
        this.ledger = ledger;
        this.tokens = tokens;
    }

    @Override
    public synchronized Vehicle add(Vehicle vehicle) {
        if (vehicles.containsKey(vehicle.vin())) {
            throw new Conflict("vehicle " + vehicle.vin() + " is on an account already");
        }
        ledger.link(vehicle.walletId(), vehicle.vin().idTokens());
        for (IdToken token : vehicle.vin().idTokens()) {
            tokens.insert(new RegisteredToken(token, TokenStatus.ACCEPTED, null, null, vehicle.addedAt()));
        }
        vehicles.put(vehicle.vin(), vehicle);
        return vehicle;
    }

    @Override
    public synchronized List<Vehicle> ofWallet(WalletId wallet) {
        return vehicles.values().stream().filter(v -> v.walletId().equals(wallet)).toList();
    }

    @Override
    public synchronized Optional<Vehicle> find(Vin vin) {
        return Optional.ofNullable(vehicles.get(vin));
    }

    @Override
    public synchronized boolean remove(Vin vin) {
        Vehicle removed = vehicles.remove(vin);
        if (removed != null) {
            ledger.unlink(removed.walletId(), vin.idTokens());
        }
        return removed != null;
    }
}
