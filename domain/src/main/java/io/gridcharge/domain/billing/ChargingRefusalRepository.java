package io.gridcharge.domain.billing;

import io.gridcharge.domain.wallet.WalletId;
import java.util.List;

/** Where refusals at authorization are kept. */
public interface ChargingRefusalRepository {
    void record(ChargingRefusal refusal);

    /** A wallet's latest refusals, newest first. */
    List<ChargingRefusal> ofWallet(WalletId wallet, int limit);
}
