package io.gridcharge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimulatedStationTest {
    @Test
    void waitsAsLongAsRetryAfterSaysAndFiveSecondsWhenItSaysNothingUsable() {
        assertThat(SimulatedStation.retryAfterSeconds("3")).isEqualTo(3);
        assertThat(SimulatedStation.retryAfterSeconds(null)).isEqualTo(5);
        assertThat(SimulatedStation.retryAfterSeconds("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(5);
    }
}
