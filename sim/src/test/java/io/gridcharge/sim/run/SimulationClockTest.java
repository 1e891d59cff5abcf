package io.gridcharge.sim.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimulationClockTest {
    private static final Instant START = Instant.parse("2021-06-15T04:00:00Z");

    @Test
    void simulatedTimeStandsAtTheStartUntilItBeginsAndThenReachesWhatIsAwaited() throws InterruptedException {
        SimulationClock clock = SimulationClock.paced(START, 36_000);
        Thread.sleep(20);
        Instant beforeBegin = clock.now();

        clock.begin();
        clock.awaitSimulated(START.plusSeconds(60));

        assertThat(beforeBegin).isEqualTo(START);
        assertThat(clock.now()).isAfterOrEqualTo(START.plusSeconds(60));
        assertThat(clock.asClock().instant()).isAfterOrEqualTo(START.plusSeconds(60));
    }

    @Test
    void anUnpacedClockStandsWhereTheSimulationLastMovedIt() throws InterruptedException {
        SimulationClock clock = SimulationClock.unpaced(START);

        clock.awaitSimulated(START.plusSeconds(3600));

        assertThat(clock.now()).isEqualTo(START.plusSeconds(3600));
    }
}
