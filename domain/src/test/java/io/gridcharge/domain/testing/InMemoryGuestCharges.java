package io.gridcharge.domain.testing;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.billing.GuestCharge;
import io.gridcharge.domain.billing.GuestChargeRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Guest charges in memory. */
public final class InMemoryGuestCharges implements GuestChargeRepository {
    private final Map<Long, GuestCharge> charges = new LinkedHashMap<>();

    @Override
    public synchronized GuestCharge insert(GuestCharge c) {
        GuestCharge stored = new GuestCharge(charges.size() + 1, c.idToken(), c.walletId(), c.siteId(), c.stationId(),
                c.connectorId(), c.held(), c.hold(), c.status(), c.captured(), c.orderId(), c.createdAt(),
                c.expiresAt());
        charges.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<GuestCharge> find(long id) {
        return Optional.ofNullable(charges.get(id));
    }

    @Override
    public synchronized Optional<GuestCharge> findByToken(IdToken idToken) {
        return charges.values().stream().filter(c -> c.idToken().equals(idToken)).findFirst();
    }

    @Override
    public synchronized boolean finish(GuestCharge finished) {
        GuestCharge current = charges.get(finished.id());
        if (current == null || current.status() != GuestCharge.Status.AUTHORIZED) {
            return false;
        }
        charges.put(finished.id(), finished);
        return true;
    }

    @Override
    public synchronized List<GuestCharge> authorized(int limit) {
        return charges.values().stream().filter(c -> c.status() == GuestCharge.Status.AUTHORIZED).limit(limit).toList();
    }
}
