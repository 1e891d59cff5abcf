package io.gridcharge.domain.billing;

import static io.gridcharge.domain.billing.Tariffs.aFlatTariff;
import static io.gridcharge.domain.billing.Tariffs.aTariff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.InvalidInput;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TariffRulesTest {

    @Test
    void overlappingPeriodsAreRefusedNamingBoth() {
        assertThatThrownBy(() -> aTariff().weekday("00:00", "12:00", "0.2").weekday("11:00", "24:00", "0.3")
                .weekend("00:00", "24:00", "0.2").version())
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("energyPrices")
                .hasMessageContaining("overlapping periods WEEKDAY 00:00-12:00 and WEEKDAY 11:00-24:00");
    }

    @Test
    void aTariffWithoutAPriceForSomeHourIsRefusedNamingTheGap() {
        assertThatThrownBy(() -> aTariff().weekday("00:00", "06:00", "0.2").weekday("07:00", "24:00", "0.3")
                .weekend("00:00", "24:00", "0.2").version())
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("has no price for WEEKDAY 06:00-07:00");
        assertThatThrownBy(() -> aTariff().weekday("00:00", "24:00", "0.2").weekend("00:00", "23:00", "0.2").version())
                .hasMessageContaining("has no price for WEEKEND 23:00-24:00");
        assertThatThrownBy(() -> aTariff().weekday("00:00", "24:00", "0.2").version())
                .hasMessageContaining("has no price for WEEKEND 00:00-24:00");
    }

    @Test
    void negativeOverPreciseAndAbsurdPricesAreRefused() {
        assertThatThrownBy(() -> aFlatTariff("-0.10").version()).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> aFlatTariff("0.1234567").version()).hasMessageContaining("at most 6 decimals");
        assertThatThrownBy(() -> aFlatTariff("30000").version()).hasMessageContaining("must be less than 1000");
        assertThatThrownBy(() -> aFlatTariff("0.3").minimum("5").maximum("2").version())
                .hasMessageContaining("maximumPerSession");
    }

    @Test
    void timesOfDayAreHoursAndMinutesWith2400AsTheEndOfTheDay() {
        assertThat(EnergyPeriod.minuteOf("24:00", "to")).isEqualTo(1440);
        assertThat(EnergyPeriod.minuteOf("07:30", "from")).isEqualTo(450);
        assertThatThrownBy(() -> EnergyPeriod.minuteOf("7:30", "from")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> EnergyPeriod.minuteOf("24:30", "to")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void eachVersionIsInForceUntilTheNextStarts() {
        TariffVersion first = aFlatTariff("0.30").validFrom("2026-01-01T00:00:00Z").version();
        TariffVersion second = aFlatTariff("0.35").validFrom("2026-07-01T00:00:00Z").version();
        Tariff tariff = new Tariff(List.of(second, first));

        assertThat(tariff.versionAt(Instant.parse("2025-12-31T23:59:59Z"))).isEmpty();
        assertThat(tariff.versionAt(Instant.parse("2026-06-30T23:59:59Z"))).contains(first);
        assertThat(tariff.versionAt(Instant.parse("2026-07-01T00:00:00Z"))).contains(second);
        assertThatThrownBy(() -> tariff.with(aFlatTariff("0.4").validFrom("2026-07-01T00:00:00Z").version()))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> tariff.with(aFlatTariff("0.4").in("CHF").validFrom("2027-01-01T00:00:00Z").version()))
                .hasMessageContaining("currency");
    }

    @Test
    void moneyOfDifferentCurrenciesNeverMeets() {
        assertThatThrownBy(() -> Money.of("1.00", "EUR").plus(Money.of("1.00", "CHF")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("currency must be EUR, not CHF");
        assertThatThrownBy(() -> Money.of("1.00", "XYZ1")).hasMessageContaining("ISO 4217");
        assertThat(Money.of("0.125", "EUR").rounded(java.math.RoundingMode.HALF_UP).plain()).isEqualTo("0.13");
        assertThat(Money.of("1.5", "EUR").sameAs(Money.of("1.50", "EUR"))).isTrue();
    }
}
