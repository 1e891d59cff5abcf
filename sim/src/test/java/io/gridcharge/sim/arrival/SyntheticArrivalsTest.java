package io.gridcharge.sim.arrival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gridcharge.sim.ev.EvVisit;
import io.gridcharge.sim.ev.Fleet;
import io.gridcharge.sim.ev.Vin;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SyntheticArrivalsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant MONDAY = Instant.parse("2021-06-13T22:00:00Z");

    private static List<EvVisit> workplaceMonth(long seed) {
        return new SyntheticArrivals("workplace", 1.0, Fleet.TYPICAL).visits("LOT", 20, MONDAY,
                MONDAY.plus(Duration.ofDays(30)), BERLIN, new SplittableRandom(seed), "LOT-");
    }

    @Test
    void workplaceCarsArriveInTheMorningAndStayTheWorkingDay() {
        List<EvVisit> visits = workplaceMonth(1);

        double meanArrivalHour = visits.stream().mapToDouble(v -> {
            var local = v.arrival().atZone(BERLIN);
            return local.getHour() + local.getMinute() / 60.0;
        }).average().orElseThrow();
        double meanStayHours = visits.stream()
                .mapToDouble(v -> Duration.between(v.arrival(), v.departure()).toMinutes() / 60.0).average().orElseThrow();

        assertThat(visits).hasSizeBetween(20 * 29, 20 * 31);
        assertThat(meanArrivalHour).isEqualTo(8.75, within(0.25));
        assertThat(meanStayHours).isEqualTo(8.5, within(0.5));
    }

    @Test
    void aFifthOfTheCarsIdentifyThemselvesByTheirVinAndTheRestByCard() {
        List<EvVisit> visits = workplaceMonth(2);

        List<EvVisit> plugAndCharge = visits.stream()
                .filter(v -> v.identification() == EvVisit.Identification.PLUG_AND_CHARGE).toList();

        assertThat((double) plugAndCharge.size() / visits.size()).isEqualTo(0.2, within(0.05));
        assertThat(plugAndCharge).allSatisfy(v -> assertThat(v.idTag()).isEqualTo(Vin.idTag(v.vin())).hasSize(20));
        assertThat(visits).allSatisfy(v -> assertThat(Vin.isValid(v.vin())).isTrue());
        assertThat(visits).extracting(EvVisit::idTag).doesNotHaveDuplicates();
    }

    @Test
    void theSameSeedDrawsTheSameCars() {
        assertThat(workplaceMonth(3)).isEqualTo(workplaceMonth(3)).isNotEqualTo(workplaceMonth(4));
    }
}
