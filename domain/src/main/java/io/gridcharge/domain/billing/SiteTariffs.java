package io.gridcharge.domain.billing;

import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.tenant.Site;

/** The prices of a site: a new version takes over at its start; versions in force are never changed. */
public final class SiteTariffs {
    private final TariffRepository tariffs;

    public SiteTariffs(TariffRepository tariffs) {
        this.tariffs = tariffs;
    }

    public Tariff tariffOf(Site site) {
        return tariffs.tariffOf(site.id());
    }

    /** Adds a version in the site's currency; one starting at the same instant as another is a conflict. */
    public TariffVersion add(Site site, TariffVersion version) {
        if (!version.currency().equals(site.currency())) {
            throw new InvalidInput("currency", "must be " + site.currency().getCurrencyCode()
                    + ", the currency of site " + site.id());
        }
        tariffs.tariffOf(site.id()).with(version);
        if (!tariffs.add(site.id(), version)) {
            throw new Conflict("site " + site.id() + " has a tariff version starting at " + version.validFrom());
        }
        return version;
    }
}
