package io.gridcharge.sim.ev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EvVisitTest {
    private static final EvModel CAR = new EvModel("compact", 60_000, 11_000, 3, 100_000, false);
    private static final Instant EVENING = Instant.parse("2021-06-14T17:00:00Z");

    private static EvVisit cameHomeAt(Instant arrival, long requestedWh) {
        return new EvVisit("v", CAR, arrival, arrival.plus(Duration.ofHours(14)), requestedWh, 0.3, "CARD-1");
    }

    @Test
    void aCarThatCameBeforeTheRunHasChargedSinceAndAsksForTheRest() {
        EvVisit found = cameHomeAt(EVENING, 30_000).asFoundAt(EVENING.plus(Duration.ofHours(2)));

        assertThat(found.requestedWh()).isEqualTo(30_000 - 22_000);
        assertThat(found.arrivalSoc()).isEqualTo(0.3 + 22_000 / 60_000.0, within(1e-9));
        assertThat(found.wantedWh()).isEqualTo(8_000);
    }

    @Test
    void aCarLongSinceFullWantsNothingMoreAndACarYetToComeIsAsItIs() {
        EvVisit full = cameHomeAt(EVENING, 20_000).asFoundAt(EVENING.plus(Duration.ofHours(10)));
        EvVisit later = cameHomeAt(EVENING, 20_000);

        assertThat(full.wantedWh()).isZero();
        assertThat(later.asFoundAt(EVENING.minusSeconds(1))).isSameAs(later);
    }
}
