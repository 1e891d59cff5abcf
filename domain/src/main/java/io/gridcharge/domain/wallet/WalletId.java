package io.gridcharge.domain.wallet;

/** The platform's number for a wallet. */
public record WalletId(long value) {
    public static WalletId of(long value) {
        return new WalletId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
