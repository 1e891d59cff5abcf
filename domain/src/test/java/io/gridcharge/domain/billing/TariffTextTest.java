package io.gridcharge.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.Operator;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.Site;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.testing.Fakes;
import io.gridcharge.domain.testing.InMemoryTariffs;
import io.gridcharge.domain.testing.InMemoryTenants;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** I01: the tariff a driver reads on a 2.0.1 station before charging. */
class TariffTextTest {
    /** A Tuesday, 08:00 in Berlin. */
    private static final Instant MORNING = Instant.parse("2026-03-10T07:00:00Z");
    private final InMemoryTenants tenants = new InMemoryTenants();
    private final InMemoryTariffs tariffs = new InMemoryTariffs();
    private final Fakes.ManualClock clock = new Fakes.ManualClock(MORNING);
    private final TariffText text = new TariffText(tenants, tariffs, clock);

    @Test
    void theEnergyPriceInForceNowAndTheFeesOnTop() {
        aSite(Tariffs.aTariff().weekday("00:00", "07:00", "0.2").weekday("07:00", "24:00", "0.4")
                .weekend("00:00", "24:00", "0.25").serviceFeePerKwh("0.05").sessionFee("0.5").idleFee("0.125", 30)
                .version());

        assertThat(text.now(StationId.of("CP-1"))).hasValue(
                "0.40 EUR/kWh now + 0.05 EUR/kWh service + 0.50 EUR per session, idle 0.125 EUR/min after 30 min");
        clock.advance(Duration.ofHours(22));
        assertThat(text.now(StationId.of("CP-1"))).hasValueSatisfying(t -> assertThat(t).startsWith("0.20 EUR/kWh now"));
    }

    @Test
    void aStationInNoSiteHasNoTariffText() {
        assertThat(text.now(StationId.of("CP-9"))).isEmpty();
    }

    private void aSite(TariffVersion version) {
        tenants.insert(new Operator(OperatorId.of("nord"), "Nord", MORNING));
        tenants.insert(new Site(SiteId.of("garage"), OperatorId.of("nord"), "Garage", ZoneId.of("Europe/Berlin"),
                Currency.getInstance("EUR"), BigDecimal.ZERO, null, null, MORNING));
        tenants.assign(StationId.of("CP-1"), SiteId.of("garage"));
        tariffs.add(SiteId.of("garage"), version);
    }
}
