package io.gridcharge.sim.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BaseLoadTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aYearOfTheProfileAddsUpToTheAnnualConsumption() {
        BaseLoad home = new BaseLoad(BaseLoad.Profile.HOUSEHOLD, 4_000_000, BERLIN, 3);
        double wh = 0;
        Instant start = Instant.parse("2021-01-01T00:00:00Z");
        for (Instant at = start; at.isBefore(start.plus(Duration.ofDays(365))); at = at.plus(Duration.ofMinutes(15))) {
            wh += home.powerW(at) / 4;
        }

        assertThat(wh).isEqualTo(4_000_000, within(4_000_000 * 0.03));
    }

    @Test
    void aHomePeaksInTheEveningAndAnOfficeInWorkingHours() {
        BaseLoad home = new BaseLoad(BaseLoad.Profile.HOUSEHOLD, 4_000_000, BERLIN, 3);
        BaseLoad office = new BaseLoad(BaseLoad.Profile.OFFICE, 4_000_000, BERLIN, 3);
        Instant threeAm = Instant.parse("2021-06-15T01:00:00Z");
        Instant tenAm = Instant.parse("2021-06-15T08:00:00Z");
        Instant eightPm = Instant.parse("2021-06-15T18:00:00Z");

        assertThat(home.powerW(eightPm)).isGreaterThan(home.powerW(threeAm) * 1.5);
        assertThat(office.powerW(tenAm)).isGreaterThan(office.powerW(eightPm) * 1.5);
    }
}
