package io.gridcharge.domain.testing;

import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.Operator;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.Site;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.tenant.TenantRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryTenants implements TenantRepository {
    private final Map<OperatorId, Operator> operators = new ConcurrentHashMap<>();
    private final Map<SiteId, Site> sites = new ConcurrentHashMap<>();
    private final Map<StationId, SiteId> stationSites = new ConcurrentHashMap<>();

    @Override
    public boolean insert(Operator operator) {
        return operators.putIfAbsent(operator.id(), operator) == null;
    }

    @Override
    public Optional<Operator> findOperator(OperatorId id) {
        return Optional.ofNullable(operators.get(id));
    }

    @Override
    public List<Operator> operators() {
        return operators.values().stream().sorted(java.util.Comparator.comparing(o -> o.id().value())).toList();
    }

    @Override
    public boolean insert(Site site) {
        return sites.putIfAbsent(site.id(), site) == null;
    }

    @Override
    public Optional<Site> findSite(SiteId id) {
        return Optional.ofNullable(sites.get(id));
    }

    @Override
    public List<Site> sites(OperatorId operator) {
        return sites.values().stream().filter(s -> operator == null || s.operatorId().equals(operator))
                .sorted(java.util.Comparator.comparing(s -> s.id().value())).toList();
    }

    @Override
    public void assign(StationId station, SiteId site) {
        stationSites.put(station, site);
    }

    @Override
    public Optional<SiteId> siteOf(StationId station) {
        return Optional.ofNullable(stationSites.get(station));
    }

    @Override
    public List<StationId> stationsOf(SiteId site) {
        return stationSites.entrySet().stream().filter(e -> e.getValue().equals(site)).map(Map.Entry::getKey)
                .sorted().toList();
    }
}
