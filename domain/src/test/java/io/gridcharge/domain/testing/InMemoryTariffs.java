package io.gridcharge.domain.testing;

import io.gridcharge.domain.billing.Tariff;
import io.gridcharge.domain.billing.TariffRepository;
import io.gridcharge.domain.billing.TariffVersion;
import io.gridcharge.domain.tenant.SiteId;
import java.util.HashMap;
import java.util.Map;

public final class InMemoryTariffs implements TariffRepository {
    private final Map<SiteId, Tariff> tariffs = new HashMap<>();

    @Override
    public synchronized boolean add(SiteId site, TariffVersion version) {
        Tariff current = tariffOf(site);
        if (current.versions().stream().anyMatch(v -> v.validFrom().equals(version.validFrom()))) {
            return false;
        }
        tariffs.put(site, current.with(version));
        return true;
    }

    @Override
    public synchronized Tariff tariffOf(SiteId site) {
        return tariffs.getOrDefault(site, Tariff.none());
    }
}
