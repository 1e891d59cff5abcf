package io.gridcharge.sim.ev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ChargingCurveTest {
    private final ChargingCurve curve = ChargingCurve.TYPICAL;

    @Test
    void belowTheTaperPointTheBatteryTakesAllItIsOffered() {
        assertThat(curve.acceptedPowerW(11_000, 0.1)).isEqualTo(11_000);
        assertThat(curve.acceptedPowerW(11_000, 0.79)).isEqualTo(11_000);
    }

    @Test
    void inTheTaperThePowerFallsLinearlyToATrickleAndStopsAtFull() {
        assertThat(curve.acceptedPowerW(10_000, 0.9)).isEqualTo(5_000, within(1.0));
        assertThat(curve.acceptedPowerW(10_000, 0.999)).isEqualTo(500, within(1.0));
        assertThat(curve.acceptedPowerW(10_000, 1.0)).isZero();
    }
}
