package io.gridcharge.domain.testing;

import io.gridcharge.domain.billing.ChargingRefusal;
import io.gridcharge.domain.billing.ChargingRefusalRepository;
import io.gridcharge.domain.wallet.WalletId;
import java.util.ArrayList;
import java.util.List;

public final class InMemoryChargingRefusals implements ChargingRefusalRepository {
    private final List<ChargingRefusal> refusals = new ArrayList<>();

    @Override
    public synchronized void record(ChargingRefusal refusal) {
        refusals.add(refusal);
    }

    @Override
    public synchronized List<ChargingRefusal> ofWallet(WalletId wallet, int limit) {
        return refusals.reversed().stream().filter(r -> r.wallet().equals(wallet)).limit(limit).toList();
    }
}
