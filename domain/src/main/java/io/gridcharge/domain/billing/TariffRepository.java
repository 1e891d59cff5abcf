package io.gridcharge.domain.billing;

import io.gridcharge.domain.tenant.SiteId;

/** Where each site's tariff versions are kept. */
public interface TariffRepository {
    /** Adds a version; false when the site has one starting at the same instant (nothing is changed then). */
    boolean add(SiteId site, TariffVersion version);

    Tariff tariffOf(SiteId site);
}
