package io.gridcharge.domain.tenant;

import io.gridcharge.domain.shared.Slug;

/** A site's identity (a car park, a residential community), chosen when it is created ("mitte-garage"). */
public record SiteId(String value) {
    public SiteId {
        Slug.check(value, "siteId");
    }

    public static SiteId of(String value) {
        return new SiteId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
