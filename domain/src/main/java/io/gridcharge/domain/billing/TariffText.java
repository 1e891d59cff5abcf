package io.gridcharge.domain.billing;

import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.Site;
import io.gridcharge.domain.tenant.TenantRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tariff of a station's site as a line a driver reads on the station's display before charging (OCPP 2.0.1
 * I01, AuthorizeResponse personalMessage): the energy price in force now and the fees on top, in the site's
 * currency, in English, e.g. "0.40 EUR/kWh now + 0.05 EUR/kWh service + 0.50 EUR per session". Empty when the
 * station is in no site or its site has no tariff in force.
 */
public final class TariffText {
    /** OCPP 2.0.1 MessageContentType.content. */
    static final int MAX_LENGTH = 512;

    private final TenantRepository tenants;
    private final TariffRepository tariffs;
    private final Clock clock;

    public TariffText(TenantRepository tenants, TariffRepository tariffs, Clock clock) {
        this.tenants = tenants;
        this.tariffs = tariffs;
        this.clock = clock;
    }

    /** The station's tariff as it stands now. */
    public Optional<String> now(StationId station) {
        Instant now = clock.instant();
        Optional<Site> site = tenants.siteOf(station).flatMap(tenants::findSite);
        if (site.isEmpty()) {
            return Optional.empty();
        }
        return tariffs.tariffOf(site.get().id()).versionAt(now)
                .map(version -> describe(version, now.atZone(site.get().timeZone())));
    }

    static String describe(TariffVersion version, ZonedDateTime now) {
        String currency = version.currency().getCurrencyCode();
        List<String> parts = new ArrayList<>();
        parts.add(price(version.energyPeriodAt(now.toLocalDate(), now.toLocalTime()).pricePerKwh()) + " "
                + currency + "/kWh now");
        if (version.serviceFeePerKwh().signum() > 0) {
            parts.add(price(version.serviceFeePerKwh()) + " " + currency + "/kWh service");
        }
        if (version.pricePerMinute().signum() > 0) {
            parts.add(price(version.pricePerMinute()) + " " + currency + "/min charging");
        }
        if (version.sessionFee().signum() > 0) {
            parts.add(price(version.sessionFee()) + " " + currency + " per session");
        }
        String text = String.join(" + ", parts);
        if (version.idleFeePerMinute().signum() > 0) {
            text += ", idle " + price(version.idleFeePerMinute()) + " " + currency + "/min after "
                    + version.idleGrace().toMinutes() + " min";
        }
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
    }

    /** At least two decimals, more where the price has them: 0.4 is "0.40", 0.125 stays "0.125". */
    private static String price(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.setScale(Math.max(2, plain.scale())).toPlainString();
    }
}
