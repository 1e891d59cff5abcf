package io.gridcharge.domain.tenant;

import io.gridcharge.domain.station.StationId;
import java.util.List;
import java.util.Optional;

/** Where operators, sites and the stations of each site are kept. */
public interface TenantRepository {
    /** False when the operator exists already. */
    boolean insert(Operator operator);

    Optional<Operator> findOperator(OperatorId id);

    List<Operator> operators();

    /** False when the site exists already. */
    boolean insert(Site site);

    Optional<Site> findSite(SiteId id);

    /** All sites, or an operator's when {@code operator} is given. */
    List<Site> sites(OperatorId operator);

    /** Puts a station on a site (moving it from another one). */
    void assign(StationId station, SiteId site);

    Optional<SiteId> siteOf(StationId station);

    List<StationId> stationsOf(SiteId site);
}
