package io.gridcharge.sim.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RooftopPvTest {
    /** 7 kWp in Munich (48.1° N, 11.6° E): solar noon there is at about 11:14 UTC. */
    private final PvArray clear = new PvArray(7000, 48.14, 11.58, new Weather(Weather.Kind.CLEAR, 1));

    @Test
    void itProducesNothingAtNightAndMostAroundSolarNoon() {
        assertThat(clear.powerW(Instant.parse("2021-06-15T23:00:00Z"))).isZero();
        double morning = clear.powerW(Instant.parse("2021-06-15T06:00:00Z"));
        double noon = clear.powerW(Instant.parse("2021-06-15T11:15:00Z"));
        double evening = clear.powerW(Instant.parse("2021-06-15T16:30:00Z"));

        assertThat(noon).isGreaterThan(morning).isGreaterThan(evening).isBetween(0.7 * 7000, 7000.0);
        assertThat(morning).isPositive();
    }

    @Test
    void aJuneNoonOutshinesADecemberNoon() {
        assertThat(clear.clearSkyW(Instant.parse("2021-12-15T11:15:00Z")))
                .isLessThan(0.6 * clear.clearSkyW(Instant.parse("2021-06-15T11:15:00Z")));
    }

    @Test
    void cloudsTakeTheirShareAndTheSameSeedGivesTheSameSky() {
        Instant noon = Instant.parse("2021-06-15T11:15:00Z");
        PvArray overcast = new PvArray(7000, 48.14, 11.58, new Weather(Weather.Kind.OVERCAST, 1));
        PvArray sameSky = new PvArray(3000, 48.14, 11.58, new Weather(Weather.Kind.MIXED, 9));
        PvArray sameSkyAgain = new PvArray(3000, 48.14, 11.58, new Weather(Weather.Kind.MIXED, 9));

        assertThat(overcast.powerW(noon)).isLessThan(0.3 * clear.clearSkyW(noon));
        assertThat(sameSky.powerW(noon)).isEqualTo(sameSkyAgain.powerW(noon));
    }
}
