package io.gridcharge.domain.billing;

import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.InvalidInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A site's prices over time: versions ordered by {@code validFrom}, each in force until the next one starts.
 * Chaining by start alone means two versions can never overlap nor leave a gap after the first one; before
 * the first version nothing is in force. All versions are in the same currency.
 */
public record Tariff(List<TariffVersion> versions) {
    public Tariff {
        versions = versions.stream().sorted(Comparator.comparing(TariffVersion::validFrom)).toList();
        for (int i = 1; i < versions.size(); i++) {
            if (!versions.get(i).validFrom().isAfter(versions.get(i - 1).validFrom())) {
                throw new Conflict("two tariff versions start at " + versions.get(i).validFrom());
            }
            if (!versions.get(i).currency().equals(versions.get(0).currency())) {
                throw new InvalidInput("currency", "must be " + versions.get(0).currency().getCurrencyCode()
                        + ", the currency of the site's other tariff versions");
            }
        }
    }

    public static Tariff none() {
        return new Tariff(List.of());
    }

    /** This tariff with one more version; a version starting when another does is a conflict. */
    public Tariff with(TariffVersion version) {
        List<TariffVersion> more = new ArrayList<>(versions);
        more.add(version);
        return new Tariff(more);
    }

    public Optional<TariffVersion> versionAt(Instant at) {
        TariffVersion inForce = null;
        for (TariffVersion version : versions) {
            if (!version.validFrom().isAfter(at)) {
                inForce = version;
            }
        }
        return Optional.ofNullable(inForce);
    }

    public Optional<Currency> currency() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(0).currency());
    }
}
