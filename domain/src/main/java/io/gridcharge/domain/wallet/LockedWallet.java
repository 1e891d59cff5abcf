package io.gridcharge.domain.wallet;

import io.gridcharge.domain.billing.Money;

/** A wallet and its balance as they are while no one else can book on it (inside the repository's transaction). */
public record LockedWallet(Wallet wallet, Money balance) {
}
