package io.gridcharge.domain.wallet;

import io.gridcharge.domain.shared.Require;
import java.time.Instant;

/** A driver's car on their account (issue 7): its VIN charges to the wallet by plug-and-charge. */
public record Vehicle(Vin vin, WalletId walletId, String label, Instant addedAt) {
    public Vehicle {
        Require.present(vin, "vin");
        Require.present(walletId, "walletId");
        label = label == null || label.isBlank() ? null : label.strip();
        if (label != null && label.length() > 100) {
            throw new io.gridcharge.domain.shared.InvalidInput("label", "must be at most 100 characters");
        }
        Require.present(addedAt, "addedAt");
    }
}
