package io.gridcharge.domain.wallet;

import java.util.List;
import java.util.Optional;

/** Where drivers' vehicles are kept, with the id tokens that tie each to its wallet. */
public interface VehicleRepository {
    /**
     * In one transaction: stores the vehicle, registers its id tokens as Accepted (a token registered already
     * keeps its status) and makes its wallet pay for them. A VIN on an account already, or one of its tokens
     * paid by another wallet, is a conflict and nothing is written.
     */
    Vehicle add(Vehicle vehicle);

    List<Vehicle> ofWallet(WalletId wallet);

    Optional<Vehicle> find(Vin vin);

    /** Removes the vehicle and unties its tokens from the wallet; false when it was not there. */
    boolean remove(Vin vin);
}
