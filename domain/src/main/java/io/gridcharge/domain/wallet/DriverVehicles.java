package io.gridcharge.domain.wallet;

import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.NotFound;
import java.time.Clock;
import java.util.List;

/**
 * Drivers' cars for plug-and-charge (issue 7): a VIN added to a wallet (a driver's prepaid wallet or a fleet's
 * post-paid account) charges to it, whether the car presents the VIN or "VID" + VIN at authorization; both go
 * through the same token checks, wallet floor and settlement as a card.
 */
public final class DriverVehicles {
    private final VehicleRepository vehicles;
    private final LedgerRepository ledger;
    private final Clock clock;

    public DriverVehicles(VehicleRepository vehicles, LedgerRepository ledger, Clock clock) {
        this.vehicles = vehicles;
        this.ledger = ledger;
        this.clock = clock;
    }

    public Vehicle add(WalletId wallet, Vin vin, String label) {
        Wallet paying = ledger.find(wallet).orElseThrow(() -> new NotFound("wallet", wallet));
        if (paying.status() == WalletStatus.CLOSED) {
            throw new Conflict("wallet " + wallet + " is closed");
        }
        vehicles.find(vin).ifPresent(existing -> {
            throw new Conflict("vehicle " + vin + " is on wallet " + existing.walletId() + " already");
        });
        return vehicles.add(new Vehicle(vin, wallet, label, clock.instant()));
    }

    public List<Vehicle> of(WalletId wallet) {
        return vehicles.ofWallet(wallet);
    }

    public void remove(WalletId wallet, Vin vin) {
        Vehicle vehicle = vehicles.find(vin).filter(v -> v.walletId().equals(wallet))
                .orElseThrow(() -> new NotFound("vehicle", vin));
        vehicles.remove(vehicle.vin());
    }
}
